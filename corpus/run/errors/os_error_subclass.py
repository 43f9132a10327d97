# An OSError subclass with errno and filename, raised explicitly.
def open_config(path):
    raise FileNotFoundError(2, "No such file or directory", path)


print("opening config")
open_config("settings.ini")
