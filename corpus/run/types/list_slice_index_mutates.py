# A slice bound's __index__ that empties the list: the assignment uses the list as it is then.
class Evil:
    def __init__(self, lst):
        self.lst = lst
    def __index__(self):
        self.lst.clear()
        return 10
l = list(range(20))
l[2:Evil(l)] = [1, 2, 3]
print(l)
l = list(range(20))
l[Evil(l):] = ["x"]
print(l)
l = list(range(5))
del l[1:Evil(l)]
print(l)
