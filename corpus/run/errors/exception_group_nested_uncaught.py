# Nested exception groups with a note, uncaught.
inner = ExceptionGroup("inner", [KeyError("k"), IndexError("i")])
outer = ExceptionGroup("outer", [inner, TypeError("t")])
outer.add_note("raised at the end of the program")
print("raising nested group")
raise outer
