# `importlib.util` and `importlib.machinery` for krait: the parts programs call to locate and
# load modules by hand (`find_spec`, `spec_from_file_location`, `module_from_spec`,
# `resolve_name`, `cache_from_source`), over the native path search (`_n_find_spec`,
# injected), the loader classes of `_frozen_importlib`, and the suffix lists `inspect` and
# `pkgutil` read. Behaviour follows CPython 3.11's
# Lib/importlib/util.py and _bootstrap.py / _bootstrap_external.py.

import sys
import _frozen_importlib as _fi

ModuleSpec = _fi.ModuleSpec
SourceFileLoader = _fi.SourceFileLoader
NamespaceLoader = _fi.NamespaceLoader

BuiltinImporter = sys.__loader__

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
# krait loads no C extensions, so nothing is ever loaded by this class (`inspect` tests
# loaders against it).
EXTENSION_SUFFIXES = []


class ExtensionFileLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path):
        self.name = name
        self.path = path
MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


class FileFinder:
    """File-based finder.

    Interactions with the file system are cached for performance, being
    refreshed when the directory the finder is handling has been modified.

    """
    # The finder of one directory, as _bootstrap_external.FileFinder; its search is the
    # native one restricted to that directory, so it finds what `import` would find there.
    __module__ = '_frozen_importlib_external'

    def __init__(self, path, *loader_details):
        self._loaders = [(loader, tuple(suffixes)) for loader, suffixes in loader_details]
        import posix
        if not path or path == '.':
            self.path = posix.getcwd()
        elif not path.startswith('/'):
            self.path = posix.getcwd() + '/' + path
        else:
            self.path = path
        self._path_mtime = -1

    def invalidate_caches(self):
        self._path_mtime = -1

    def find_spec(self, fullname, target=None):
        return _n_find_spec(fullname, [self.path])

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            """Path hook for importlib.machinery.FileFinder."""
            if not _isdir(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)


def _isdir(path):
    import posix
    try:
        mode = posix.stat(path or posix.getcwd()).st_mode
    except OSError:
        return False
    return mode & 0o170000 == 0o040000


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def resolve_name(name, package):
    """An absolute module name for `name`, relative to `package` when it starts with dots."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[level:]
    return parts[0] + '.' + rest if rest else parts[0]


def find_spec(name, package=None):
    """The spec of a module: the one in `sys.modules` if it is imported, else the one the
    search would find (importing the parent package first), or None."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent_name = fullname.rpartition('.')[0]
    search = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            search = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent_name!r} '
                f'while trying to find {fullname!r}', name=fullname) from e
    return _n_find_spec(fullname, search)


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, _, tail = path.rpartition('/')
    stem = tail.rpartition('.')[0] if '.' in tail else tail
    tag = sys.implementation.cache_tag
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    if optimization is None:
        optimization = '' if sys.flags.optimize == 0 else sys.flags.optimize
    optimization = str(optimization)
    opt = ''
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        opt = '.opt-' + optimization
    name = f'{stem}.{tag}{opt}.pyc'
    return f'{head}/__pycache__/{name}' if head else f'__pycache__/{name}'


def source_from_cache(path):
    head, _, tail = path.rpartition('/')
    base = head.rpartition('/')[0] if head.endswith('__pycache__') else head
    stem = tail.split('.')[0]
    return f'{base}/{stem}.py' if base else f'{stem}.py'


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for a module at a file path, loaded by `SourceFileLoader` by default."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif hasattr(loader, 'is_package') and loader.is_package(name):
        spec.submodule_search_locations = [location.rpartition('/')[0]]
    spec.cached = cache_from_source(location) if location.endswith('.py') else None
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, 'is_package'):
        is_package = loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for `spec`, with the attributes the import system gives it."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module


# `importlib._bootstrap_external` is served from this source too: `py_compile` (which
# `test.support.script_helper` imports) reaches for these private helpers by that name.
def _calc_mode(path):
    """The permission bits to give a cache file written for the source at `path`."""
    import os
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = 0o666
    # Writable by the owner whatever the source's bits, as `_calc_mode` ensures.
    return mode | 0o200


def _write_atomic(path, data, mode=0o666):
    """Writes `data` to `path` through a temporary file renamed over it, as CPython does."""
    import os
    tmp = '{}.{}'.format(path, id(path))
    fd = os.open(tmp, os.O_EXCL | os.O_CREAT | os.O_WRONLY, mode & 0o666)
    try:
        with open(fd, 'wb') as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _pack_uint32(x):
    return (int(x) & 0xFFFFFFFF).to_bytes(4, 'little')


def _code_to_timestamp_pyc(code, mtime=0, source_size=0):
    """A `.pyc` image of `code` with a timestamp header (PEP 552 flags 0)."""
    import marshal
    data = bytearray(MAGIC_NUMBER)
    data.extend(_pack_uint32(0))
    data.extend(_pack_uint32(mtime))
    data.extend(_pack_uint32(source_size))
    data.extend(marshal.dumps(code))
    return bytes(data)


def _code_to_hash_pyc(code, source_hash, checked=True):
    """A `.pyc` image of `code` with a source-hash header (PEP 552 flags 1 or 3)."""
    import marshal
    data = bytearray(MAGIC_NUMBER)
    data.extend(_pack_uint32(0b1 | (checked << 1)))
    data.extend(source_hash)
    data.extend(marshal.dumps(code))
    return bytes(data)


class PathFinder:
    """The meta path finder over `sys.path` (`importlib.machinery.PathFinder`)."""

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return _n_find_spec(fullname, list(sys.path) if path is None else path)


# CPython installs FileFinder's path hook at start-up; krait's import does not consult
# `sys.path_hooks`, so the hook is put there when `importlib.machinery` first loads, for
# `pkgutil.get_importer` and `iter_modules`, which look finders up through it.
if __name__ == 'importlib.machinery' and not any(
        getattr(h, '__qualname__', '').startswith('FileFinder.') for h in sys.path_hooks):
    sys.path_hooks.append(FileFinder.path_hook(
        (SourceFileLoader, SOURCE_SUFFIXES)))
