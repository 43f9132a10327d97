# tokenize does not look inside f-strings: invalid expressions are still one STRING
x = f"{"
y = f"}"
z = f"{!}"
w = f"{a b c}"
