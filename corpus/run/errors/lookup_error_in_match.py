# An exception raised from a match-case body.
def command(cmd):
    match cmd.split():
        case ["get", key]:
            return {"a": 1}[key]
        case _:
            return None


print(command("get a"))
print(command("noop"))
print(command("get b"))
