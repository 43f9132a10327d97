# An exception in a finally block replaces the one in flight (both shown).
def risky():
    try:
        raise ValueError("original problem")
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")


risky()
