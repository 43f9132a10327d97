# AttributeError on None returned from a function that forgot to return.
def find_user(name):
    users = {"ann": {"age": 31}}
    if name in users:
        return users[name]


print(find_user("ann")["age"])
user = find_user("bob")
print("found", user)
print(user.get("age"))
