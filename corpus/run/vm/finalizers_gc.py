def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
g = gen()
print(next(g))
del g
print('after del g')
def consumer():
    for x in gen():
        if x == 1:
            break
    print('after break')
consumer()
class R:
    def __del__(self):
        print('R del')
        global saved
        saved = self
r = R()
del r
print('saved is', type(saved).__name__)
del saved
print('end')
class Node:
    def __init__(self, name): self.name = name; self.other = None
    def __del__(self): print('Node del', self.name)
a = Node('a'); b = Node('b')
a.other = b; b.other = a
del a, b
print('cycle dropped')
import gc
print('collected', gc.collect() > 0)
print('done')
