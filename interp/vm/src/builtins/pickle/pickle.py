# The `_pickle` module (Modules/_pickle.c), which `pickle` uses when it exists. `dumps`,
# `dump` and `loads` of plain data (None, bools, numbers, str, bytes, bytearray, and tuples,
# lists, dicts, sets and frozensets of them) run natively and give the C module's bytes;
# anything else is pickled by `pickle`'s own Python classes, which also serve as `Pickler`
# and `Unpickler`.


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


def __getattr__(name):
    # `pickle` imports this module at its end, once its `_Pickler` and `_Unpickler` exist:
    # `Pickler` and `Unpickler` are made then, named as the C module's classes.
    if name == "Pickler" or name == "Unpickler":
        import pickle
        cls = type(name, (getattr(pickle, "_" + name),), {"__module__": "_pickle"})
        globals()[name] = cls
        return cls
    raise AttributeError("module '_pickle' has no attribute '%s'" % (name,))


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    data = _native_dumps(obj, protocol, buffer_callback)
    if data is None:
        import pickle
        return pickle._dumps(obj, protocol, fix_imports=fix_imports,
                             buffer_callback=buffer_callback)
    return data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    data = _native_dumps(obj, protocol, buffer_callback)
    # Past one frame the C pickler writes frame by frame; the Python one does too.
    if data is None or len(data) > 65536:
        import pickle
        return pickle._dump(obj, file, protocol, fix_imports=fix_imports,
                            buffer_callback=buffer_callback)
    try:
        write = file.write
    except AttributeError:
        raise TypeError("file must have a 'write' attribute") from None
    write(data)


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    found = _native_loads(data)
    if found is None:
        import pickle
        return pickle._loads(data, fix_imports=fix_imports, encoding=encoding,
                             errors=errors, buffers=buffers)
    if len(found) == 2:
        raise (EOFError if found[0] == "EOFError" else UnpicklingError)(found[1])
    return found[0]


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    import pickle
    return pickle._load(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                        buffers=buffers)
