# compound statements nested inside each other
def process(items):
    for item in items:
        try:
            with lock:
                while item.pending():
                    if item.ready():
                        match item.kind:
                            case 'a':
                                for sub in item:
                                    if sub:
                                        break
                                else:
                                    continue
                            case _:
                                pass
                    elif item.failed():
                        raise RuntimeError(item)
                    else:
                        item.wait()
        except* ValueError:
            pass
    class Result:
        def __init__(self):
            if items:
                try:
                    pass
                finally:
                    pass
    return Result
