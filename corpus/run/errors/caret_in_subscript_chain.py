# Carets mark the failing subscript inside a longer expression.
data = {"users": [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": []}]}
print(data["users"][0]["tags"][0])
first_tags = [u["tags"][0] for u in data["users"]]
