# except clause expressions
try:
    risky()
except ValueError as err:
    handle(err)
except (OSError, IOError) as err:
    handle(err)
except errors.NotFound:
    pass
except get_exc_types():
    pass
except (A, B):
    pass
except A or B:
    pass
except tuple(excs) as e:
    del e
def f():
    try:
        return 1
    except BaseException:
        return 2
    finally:
        print('cleanup')
