# `if __name__ == "__main__"`: the guarded part runs only as a program.
def greet():
    return "hello from " + __name__


if __name__ == "__main__":
    print("run as main:", greet())
else:
    print("imported as", __name__)
