# Dynamic attribute access: building dispatch tables with getattr and default handlers.
class Calculator:
    def do_add(self, a, b):
        return a + b

    def do_mul(self, a, b):
        return a * b

    def default(self, a, b):
        return f"unknown op on {a}, {b}"

    def run(self, op, a, b):
        return getattr(self, f"do_{op}", self.default)(a, b)


calc = Calculator()
for op in ["add", "mul", "pow"]:
    print(op, calc.run(op, 3, 4))
ops = [name[3:] for name in dir(Calculator) if name.startswith("do_")]
print(ops, [hasattr(calc, f"do_{o}") for o in ops + ["div"]])
setattr(Calculator, "do_sub", lambda self, a, b: a - b)
print(calc.run("sub", 10, 4), sorted(n for n in vars(Calculator) if n.startswith("do_")))
delattr(Calculator, "do_sub")
print(calc.run("sub", 10, 4))
