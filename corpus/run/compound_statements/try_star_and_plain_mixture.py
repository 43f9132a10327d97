# Nested try/except* and plain try/except around ExceptionGroups.
def risky(kinds):
    errors = []
    for k in kinds:
        try:
            raise k(f"{k.__name__} happened")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("collected", errors)
    return "no errors"


for kinds in [[], [ValueError], [ValueError, KeyError], [KeyError, OSError, ValueError]]:
    try:
        try:
            print(risky(kinds))
        except* ValueError as eg:
            print("  values:", [str(e) for e in eg.exceptions])
        except* KeyError as eg:
            print("  keys:", len(eg.exceptions))
    except ExceptionGroup as rest:
        print("  unhandled:", [type(e).__name__ for e in rest.exceptions])
    except Exception as other:
        print("  other:", repr(other))
try:
    raise ExceptionGroup("top", [ValueError("v")])
except ExceptionGroup as eg:
    print("plain except sees the whole group:", repr(eg))
