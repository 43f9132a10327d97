import dis
import opcode

# dis.stack_effect is _opcode.stack_effect.
for name in sorted(opcode.opmap):
    op = opcode.opmap[name]
    arg = 3 if op >= opcode.HAVE_ARGUMENT else None
    print(name, [dis.stack_effect(op, arg, jump=j) for j in (None, True, False)])


def show(*a, **k):
    try:
        print(a, k, dis.stack_effect(*a, **k))
    except Exception as e:
        print(a, k, type(e).__name__, e)


for a in [(1,), (100,), (100, 1), (1, 1), (1, None), (300,), (300, 0), (-1,), (-3,), (-7,),
          (-11,), (-2**31,), (2**31 - 1,), ('a',), (1.0,), (2**70,), (100, 2**40), (100, 2**70), (255,), (256, 0)]:
    show(*a)
show(114, 3, jump=1)
show(114, 3, jump=None)
show()
show(1, 2, 3, 4)
