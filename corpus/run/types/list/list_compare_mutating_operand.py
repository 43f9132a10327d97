# list == list re-reads items and lengths as it goes: an item's __eq__ that empties the
# other list makes the lists compare by their new sizes (bpo-38588). Ordering returns the
# first differing items' comparison result as it is, not a bool.
class X:
    def __eq__(self, other):
        print("X.__eq__ clears list2")
        list2.clear()
        return NotImplemented

class Y:
    def __eq__(self, other):
        print("Y.__eq__ clears list1")
        list1.clear()
        return NotImplemented

list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)

class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented

list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != [1])

class Odd:
    def __lt__(self, other):
        return "lt-result"
    def __gt__(self, other):
        return 0

print([Odd()] < [Odd()], (Odd(),) < (Odd(),))
print([1, Odd()] > [1, Odd()], (1, Odd()) > (1, Odd()))
print([1, 2] < [1, 2, 3], (1, 2) >= (1, 2), [] == [], [1] != [1.0])
