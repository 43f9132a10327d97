# Carets under lines with wide characters count display columns, as CPython's printers do.
import traceback


def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().splitlines()[-3:])


x = None
d = {'漢字': [1]}
show(lambda: "😀" and x.attribute)
show(lambda: d['漢字'][0] + d['漢字字'][1])
show(lambda: "ｶ" + 1 if "→±é" else 0)
y = d['漢字'][0] + "字" / d['漢字'][0]
