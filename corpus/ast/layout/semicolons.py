# several simple statements on one line
a = 1; b = 2; c = 3
a = 1; b = 2;
x; y; z
import os; import sys
if a: b; c; d
def f(): x = 1; return x
del a; pass; global g
for i in r: i; i
