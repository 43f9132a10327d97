# Exceptions whose args are not strings, and a KeyError with an empty string key.
print({"": 1}[""])
raise KeyError("")
