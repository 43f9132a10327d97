# An exception subclass of a custom base, raised with no arguments.
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


def load(name):
    print("loading", name)
    if not name.endswith(".cfg"):
        raise ConfigError
    return {}


load("main.cfg")
load("main.txt")
