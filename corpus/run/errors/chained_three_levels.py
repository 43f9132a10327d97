# Three chained exceptions: explicit cause followed by implicit context.
def read_config():
    try:
        {}["path"]
    except KeyError as e:
        raise LookupError("config key missing") from e


def start():
    try:
        read_config()
    except LookupError:
        raise RuntimeError("startup failed")


print("starting up")
start()
