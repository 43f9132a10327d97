# split/rsplit/splitlines/join/strip variants and their edge cases.
print("a b  c\td\n e".split(), "  lead and trail  ".split(), "".split(), "   ".split())
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), ",".split(","))
print("a b c d".split(None, 1), "a b c d".rsplit(None, 1), "a  b".split(" "), "x".split("x"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("line1\nline2\r\nline3\rline4\x0bline5\x1c6\u2028end".splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines(), "a\n\nb".split("\n"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "/".join(str(i) for i in range(4)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError:", e)
print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()), repr("\t\n x \r\x0c".strip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt.bak".rstrip(".bak"))
print(repr("\u3000unicode space\u00a0".strip()), repr("".strip()), repr("aaa".strip("a")))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "12345\t6".expandtabs(4), "\t".expandtabs(0), "x\ny\tz".expandtabs(2))
