# SystemExit raised deep in calls still just exits; finally blocks run first.
def inner():
    raise SystemExit(7)


def outer():
    try:
        inner()
    finally:
        print("finally ran before exit")


outer()
