"""The oracle side of the `bytecode`, `pyc` and `pyc-exec` layers, run inside the embedded CPython.

Code objects are rendered as records of strings, one per code object in pre-order through
`co_consts`, with the field names and renderings the Rust side (`layers/code_render.rs`) uses
for krait's tree, so the two can be compared field by field without comparing marshal bytes.
"""
import ast
import difflib
import dis
import importlib.util
import io
import marshal
import py_compile
import re
import types
import warnings

# Loaded by the harness before this module; see LIMIT_LOCK there.
from krait_oracle import LIMIT_LOCK


def _is_interned(s):
    # marshal writes an interned str with type code t, A or Z (FLAG_REF aside). CPython shares
    # one object per Latin-1 character, interned or not by the process's history (a name `é`
    # compiled earlier interns the constant 'é' of every later compile()), so for those
    # interning is not the compiler's and is not shown.
    if len(s) == 1 and ord(s) < 256:
        return False
    return marshal.dumps(s)[0] & 0x7F in b"tAZ"


def render_value(v):
    """A constant as the records show it: structural, with floats by repr (so -0.0 and NaN stay
    apart), ints in hex (repr is limited to 4300 digits), interned strings marked with `i`,
    frozensets as sorted sets and code objects by qualified name."""
    if v is None or v is True or v is False or v is Ellipsis:
        return repr(v)
    t = type(v)
    if t is int:
        return hex(v)
    if t is float or t is complex:
        return repr(v)
    if t is str:
        return ("i" if _is_interned(v) else "") + repr(v)
    if t is bytes:
        return repr(v)
    if t is tuple:
        items = [render_value(x) for x in v]
        return "(" + ", ".join(items) + (",)" if len(items) == 1 else ")")
    if t is frozenset:
        if not v:
            return "frozenset()"
        return "frozenset({" + ", ".join(sorted(render_value(x) for x in v)) + "})"
    if t is types.CodeType:
        return "<code " + v.co_qualname + ">"
    return t.__name__ + ":" + repr(v)


def _names(t):
    # Code objects intern every name; only the text is compared.
    items = [repr(x) for x in t]
    return "(" + ", ".join(items) + (",)" if len(items) == 1 else ")")


def render_code(c):
    """One code object's record (nested code objects get their own)."""
    return {
        "name": repr(c.co_name),
        "qualname": repr(c.co_qualname),
        "filename": repr(c.co_filename),
        "firstlineno": str(c.co_firstlineno),
        "argcount": str(c.co_argcount),
        "posonlyargcount": str(c.co_posonlyargcount),
        "kwonlyargcount": str(c.co_kwonlyargcount),
        "nlocals": str(c.co_nlocals),
        "stacksize": str(c.co_stacksize),
        "flags": hex(c.co_flags),
        "code": c.co_code.hex(),
        "consts": "[" + ", ".join(render_value(k) for k in c.co_consts) + "]",
        "names": _names(c.co_names),
        "varnames": _names(c.co_varnames),
        "cellvars": _names(c.co_cellvars),
        "freevars": _names(c.co_freevars),
        "exceptiontable": c.co_exceptiontable.hex(),
        "linetable": c.co_linetable.hex(),
    }


def code_tree(c):
    """The code objects of a tree in pre-order through co_consts (nested tuples and frozensets
    included), the order krait's `CodeObject::nested_code` walks."""
    out = []
    stack = [c]
    while stack:
        v = stack.pop()
        if isinstance(v, types.CodeType):
            out.append(v)
            stack.extend(reversed(v.co_consts))
        elif isinstance(v, (tuple, frozenset)):
            stack.extend(reversed(list(v)))
    return out


def records(c):
    return [render_code(x) for x in code_tree(c)]


def _exc(e):
    if isinstance(e, SyntaxError):
        return (type(e).__name__, str(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset,
                e.text)
    return (type(e).__name__, str(e), None, None, None, None, None)


def _compile(src, filename):
    """compile(src, filename, 'exec') as krait's `compile_source` models it: no inherited
    flags, optimisation level 0. Returns (code or None, exception or None, warnings)."""
    with LIMIT_LOCK, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            code = compile(src, filename, "exec", dont_inherit=True, optimize=0)
            exc = None
        except Exception as e:  # SyntaxError, ValueError, MemoryError, RecursionError...
            code, exc = None, e
    found = [(w.category.__name__, str(w.message), w.lineno) for w in caught]
    return code, exc, found


def _parse_rejects(src):
    """Whether CPython's parser alone already rejects `src` (then the errors layer owns it)."""
    try:
        with LIMIT_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(src)
    except Exception:
        return True
    return False


def compile_records(src, filename):
    """(records or None, exception or None, rejected by the parser, warnings)."""
    code, exc, found = _compile(src, filename)
    if exc is not None:
        return None, _exc(exc), _parse_rejects(src), found
    return records(code), None, False, found


def marshal_of(src, filename):
    """marshal.dumps(compile(src)): the harness's self-test reads it with krait's marshal and
    checks that both renderings of one tree agree."""
    code, exc, _ = _compile(src, filename)
    return None if exc is not None else marshal.dumps(code)


def _depth(c):
    return 1 + max((_depth(k) for k in c.co_consts if isinstance(k, types.CodeType)), default=0)


def _code_equal(a, b):
    """`a == b` for code objects; None when `==` cannot judge: a NaN constant makes a code object
    unequal even to CPython's own marshal round trip of it, and on deeply nested code `==`
    costs about 4**depth (it rebuilds constant keys at every level), so it is not asked there."""
    if _depth(b) > 8:
        return None
    if a == b:
        return True
    if marshal.loads(marshal.dumps(b)) != b:
        return None
    return False


def check_pyc(data, src, filename):
    """Loads krait's .pyc as the oracle would and compares it with compile() of the source.

    Returns (problem or None, `==` verdict or None, krait's records, CPython's records)."""
    code, exc, _ = _compile(src, filename)
    if exc is not None:
        return "CPython cannot compile the source: %r" % (exc,), None, [], []
    expected = records(code)
    if data[:4] != importlib.util.MAGIC_NUMBER:
        return "bad magic %r" % (data[:4],), None, [], expected
    flags = int.from_bytes(data[4:8], "little")
    if flags & ~0b11:
        return "invalid flags %#x" % flags, None, [], expected
    if flags & 1 and data[8:16] != importlib.util.source_hash(src):
        return "source hash differs from importlib.util.source_hash", None, [], expected
    try:
        loaded = marshal.loads(data[16:])
    except Exception as e:
        return "marshal.loads fails: %s: %s" % (type(e).__name__, e), None, [], expected
    if not isinstance(loaded, types.CodeType):
        return "marshal.loads gives a %s" % type(loaded).__name__, None, [], expected
    return None, _code_equal(loaded, code), records(loaded), expected


_ADDRESS = re.compile(r" at 0x[0-9a-f]+")
_INSTRUCTION = re.compile(r"^(\s*\d*)\s+(?:>>)?\s*\d+ (\w+)(.*)$")
_JUMP = re.compile(r"\(to \d+\)")


def _dis_lines(c):
    out = io.StringIO()
    try:
        dis.dis(c, file=out, depth=0)
    except Exception as e:  # krait's bytecode or tables may not decode
        out.write("<dis failed: %s: %s>\n" % (type(e).__name__, e))
    return [_ADDRESS.sub("", line) for line in out.getvalue().splitlines()]


def _line_key(line):
    # An inserted instruction shifts every later offset; compare lines without offsets so that
    # only the instructions that really differ are marked.
    m = _INSTRUCTION.match(line)
    if not m:
        return line
    return (m.group(1).strip(), m.group(2), _JUMP.sub("(to _)", m.group(3)).strip())


def _marked(lines, changed, limit):
    """The lines near changed ones, changed ones marked with '>', at most `limit` lines."""
    keep = set()
    for i in changed:
        keep.update(range(max(0, i - 3), min(len(lines), i + 4)))
    out, last = [], -1
    for i in sorted(keep):
        if len(out) >= limit:
            out.append("    ...")
            break
        if i != last + 1:
            out.append("    ...")
        out.append(("  > " if i in changed else "    ") + lines[i])
        last = i
    if last != len(lines) - 1 and (not out or out[-1] != "    ..."):
        out.append("    ...")
    return out


def _positions_diff(ours, theirs, index):
    """3.11's dis shows no columns: the first instruction whose co_positions differ."""
    if index >= len(ours) or index >= len(theirs):
        return ""
    try:
        a, b = list(ours[index].co_positions()), list(theirs[index].co_positions())
    except Exception as e:  # krait's location table may not decode
        return "co_positions of krait's code fails: %s: %s\n" % (type(e).__name__, e)
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "co_positions differ at offset %d: krait %r, cpython %r\n" % (2 * i, x, y)
    if len(a) != len(b):
        return "co_positions: krait %d entries, cpython %d\n" % (len(a), len(b))
    return ""


def dis_diff(krait_marshal, index, src, filename, limit=60):
    """Both sides' `dis` of code object `index` (pre-order) with differing lines marked."""
    code, exc, _ = _compile(src, filename)
    if exc is not None:
        return "(CPython cannot compile the source: %r)\n" % (exc,)
    try:
        theirs = marshal.loads(krait_marshal)
    except Exception as e:
        return "(krait's code does not load with marshal.loads: %s: %s)\n" % (type(e).__name__, e)
    ours_tree, cpython_tree = code_tree(theirs), code_tree(code)
    a = _dis_lines(ours_tree[index]) if index < len(ours_tree) else ["<no such code object>"]
    b = _dis_lines(cpython_tree[index]) if index < len(cpython_tree) else ["<no such code object>"]
    matcher = difflib.SequenceMatcher(
        None, [_line_key(x) for x in a], [_line_key(x) for x in b], autojunk=False
    )
    changed_a, changed_b = set(), set()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            changed_a.update(range(i1, i2))
            changed_b.update(range(j1, j2))
    if not changed_a and not changed_b:
        return "dis: the same on both sides\n" + _positions_diff(ours_tree, cpython_tree, index)
    text = ["dis (krait):"] + _marked(a, changed_a, limit)
    text += ["dis (cpython):"] + _marked(b, changed_b, limit)
    return "\n".join(text) + "\n"


def write_cpython_pyc(path, cfile):
    """`py_compile.compile(path, cfile)`, CPython's own .pyc of the source; None on success,
    else the error's message."""
    try:
        with LIMIT_LOCK:
            py_compile.compile(path, cfile=cfile, doraise=True)
    except py_compile.PyCompileError as e:
        return e.msg
    except OSError as e:
        return str(e)
    return None
