# Runs a test body under python3 with C = re.compile (printing the expected output) and writes
# the same body for krait with C calling _sre.compile on the code lists re._compiler produced
# here, so that krait's _sre runs exactly CPython's compiled patterns.
import random
import re
import sys

import _sre

body_path, out_path = sys.argv[1], sys.argv[2]
body = open(body_path, encoding="utf-8").read()

ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", "\\w", "\\d", "\\s", "\\b", "^", "$", "(?i:A)",
         "[a-c]", "\\1", "(?=b)", "(?!a)", "(?<=a)", "(?<!b)", "x", "", "(?(1)a|b)", "\u00e9",
         "(?i:\u00e9)", "[\u00e0-\u00ff]", "\\W", "\\S", "\\B", "\\A", "\\Z", "(?i:k)", "\\2",
         "(?P=g1)"]
QUANTS = ["*", "+", "?", "*?", "+?", "??", "{1,2}", "{2}", "*+", "++", "{0,2}?"]


def gen(rnd, d):
    r = rnd.random()
    if d > 3 or r < 0.3:
        return rnd.choice(ATOMS)
    if r < 0.45:
        return gen(rnd, d + 1) + gen(rnd, d + 1)
    if r < 0.6:
        return "(" + gen(rnd, d + 1) + "|" + gen(rnd, d + 1) + ")"
    if r < 0.7:
        return "(?:" + gen(rnd, d + 1) + ")" + rnd.choice(QUANTS)
    if r < 0.8:
        return "(" + gen(rnd, d + 1) + ")" + rnd.choice(["*", "+", "?", "*?", "{1,3}", ""])
    if r < 0.85:
        return "(?>" + gen(rnd, d + 1) + ")"
    if r < 0.9:
        return "(?P<g1>" + gen(rnd, d + 1) + ")"
    return gen(rnd, d + 1) + rnd.choice(QUANTS)


if "CASES = []" in body:
    rnd = random.Random(20220615)
    cases = []
    while len(cases) < 300:
        p = gen(rnd, 0)
        try:
            re.compile(p)
        except Exception:
            continue
        subs = ["".join(rnd.choice("abcxA\u00e9\u00c9\u212aK \n") for _ in range(rnd.randrange(8)))
                for _ in range(3)]
        cases.append((p, subs))
    body = body.replace("CASES = []", "CASES = %r" % (cases,))

table = {}
real_compile = _sre.compile


def capture(*args):
    capture.last = args
    return real_compile(*args)


_sre.compile = capture


def C(p, f):
    re.purge()
    r = re.compile(p, f)
    a = capture.last
    table[(p, int(f))] = (a[0], int(a[1]), [int(x) for x in a[2]], a[3], a[4], a[5])
    return r


exec(compile(body, body_path, "exec"), {"re": re, "C": C})
with open(out_path, "w", encoding="utf-8") as out:
    out.write("import _sre\n")
    out.write("class re:\n    M = 8; I = 2; A = 256; S = 16; X = 64; L = 4\n")
    out.write("TABLE = {\n")
    for key, args in table.items():
        out.write("    %r: %r,\n" % (key, args))
    out.write("}\n")
    out.write("def C(p, f):\n    return _sre.compile(*TABLE[(p, int(f))])\n")
    out.write(body)
