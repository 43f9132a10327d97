# tab-indented blocks; a tab counts as one byte in col_offset
def f(a):
	if a:
		return a
	else:
		for i in a:
			print(i)
	return None
class C:
	x = 1
	def m(self):
		return self.x
