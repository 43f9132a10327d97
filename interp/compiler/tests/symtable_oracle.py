"""The oracle half of tests/symtable_oracle.rs: renders CPython 3.11's symbol tables (and the
symtable-related code flags) in the text form the Rust side renders krait's.

Reads file paths, one per line, on stdin; prints `=== PATH` then the rendering of each.
"""
import ast
import sys
import symtable
import warnings

# The compiler's SyntaxWarnings are not what is compared here.
warnings.simplefilter("ignore")

# CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR: the
# co_flags bits compute_code_flags derives from the symbol table.
SYMTABLE_CO_FLAGS = 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200


def error_line(e):
    return "error %s %r %s %s %s %s" % (
        type(e).__name__, getattr(e, "msg", str(e)), getattr(e, "lineno", None),
        getattr(e, "offset", None), getattr(e, "end_lineno", None), getattr(e, "end_offset", None))


def render_table(entry, depth, out):
    pad = "  " * depth
    out.append("%sblock type=%d name=%s line=%d nested=%d children=%d varnames=%s" % (
        pad, entry.type, entry.name, entry.lineno, entry.nested, len(entry.children),
        ",".join(entry.varnames)))
    for name in sorted(entry.symbols):
        out.append("%s  %s %d" % (pad, name, entry.symbols[name]))
    for child in entry.children:
        render_table(child, depth + 1, out)


def render_code(code, out):
    cell = "__class__" in code.co_cellvars
    out.append("code %s flags=%d class_cell=%d" % (
        code.co_name, code.co_flags & SYMTABLE_CO_FLAGS, cell))
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            render_code(const, out)


def render(src, path):
    try:
        compile(src, path, "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return ["parse-error"]
    out = []
    try:
        table = symtable.symtable(src, path, "exec")
    except (SyntaxError, RecursionError) as e:
        return [error_line(e)]
    render_table(table._table, 0, out)
    try:
        code = compile(src, path, "exec")
    except (SyntaxError, RecursionError):
        out.append("code-error")
        return out
    codes = []
    render_code(code, codes)
    out.extend(sorted(codes))
    return out


def main():
    for path in sys.stdin.read().splitlines():
        with open(path, "rb") as f:
            src = f.read()
        print("=== " + path)
        for line in render(src, path):
            print(line)


main()
