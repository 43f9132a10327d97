# Exception classes raised without arguments print only their name.
print("raising a bare RuntimeError")
raise RuntimeError
