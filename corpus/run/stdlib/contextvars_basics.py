import contextvars
from contextvars import ContextVar, Context, Token, copy_context

var = ContextVar('var', default=42)
other = ContextVar('other')
print(var.name, var.get(), other.get('fallback'), type(var).__name__, type(var).__module__)
try:
    other.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__)
tok = var.set(1)
print(var.get(), tok.var is var, tok.old_value is Token.MISSING, repr(Token.MISSING))
tok2 = var.set(2)
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
var.reset(tok)
print(var.get())
try:
    var.reset(tok)
except RuntimeError:
    print('RuntimeError used once')
t3 = other.set('x')
try:
    var.reset(t3)
except ValueError:
    print('ValueError different var')

ctx = copy_context()
print(type(ctx).__name__, len(ctx), other in ctx, ctx[other], ctx.get(var, 'none'), list(ctx.keys()) == [other])

def work(n):
    var.set(n)
    other.set('inside')
    return var.get(), other.get(), len(copy_context())

print(ctx.run(work, 99))
print(var.get(), other.get(), ctx[var], ctx[other])
try:
    ctx.run(ctx.run, print)
except RuntimeError:
    print('RuntimeError already entered')
empty = Context()
print(len(empty), empty.run(lambda: var.get()), list(empty.items()))
try:
    empty[var]
except KeyError:
    print('KeyError')
tok4 = other.set('y')
try:
    empty.run(other.reset, tok4)
except ValueError:
    print('ValueError different context')
snap = copy_context()
other.set('z')
print(snap[other], other.get(), copy_context() == copy_context(), dict(snap.items())[other])
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    Token()
except RuntimeError as e:
    print('RuntimeError', e)
print(ContextVar[int], hash(var) == hash(var), {var: 1}[var])
