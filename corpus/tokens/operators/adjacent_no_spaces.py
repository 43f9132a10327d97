# adjacent operators without spaces are split greedily
a**-b
x<<=~y
f(*a,**k)
a//=-b
x>>=-~+y
m@=n@o
a->b
c:=d
x==-y!=+z<=~w
a<-b
