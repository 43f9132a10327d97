# tabs between tokens shift byte offsets
x	=	1
y =	x	+	2
z = [	1,	2,	(	3	)	]
def	f(	a,	b	):	return	a
s = "	" + 'tab	inside'
if x:		pass
