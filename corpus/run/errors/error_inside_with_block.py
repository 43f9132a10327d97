# An exception inside a with block: __exit__ runs but does not suppress it.
class Transaction:
    def __enter__(self):
        print("begin")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("rollback" if exc_type else "commit")
        return False


with Transaction():
    print("inserting row 1")
with Transaction():
    print("inserting row 2")
    raise PermissionError("table is read-only")
