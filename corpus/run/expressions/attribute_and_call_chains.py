# Long chains of attribute access, calls and subscripts evaluated left to right.
class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def child(self, i):
        print(f"  {self.name}.child({i})")
        return self.children[i]

    def upper(self):
        return Node(self.name.upper(), self.children)


tree = Node("root", [Node("a", [Node("a0"), Node("a1")]), Node("b")])
print(tree.child(0).child(1).name)
print(tree.child(0).upper().child(0).name.upper()[::-1])
print(tree.children[0].children[-1].name, [c.name for c in tree.child(0).children])
print(" ".join(n.name for n in tree.children).title().split()[-1])
print({"k": [1, {"z": (lambda: "deep")}]}["k"][1]["z"]())
print("a,b;c".replace(";", ",").split(",")[1:][0].upper().center(5, "*"))
