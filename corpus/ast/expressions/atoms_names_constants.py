# atoms: names, constants, ellipsis
x
_private
__dunder__
None
True
False
...
Ellipsis
x = None
y = True if x is None else False
z = ...
