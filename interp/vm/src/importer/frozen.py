# The Python half of krait's import system, run once per interpreter as the module
# `_frozen_importlib` (file name `<frozen importlib._bootstrap>`, as CPython's frozen copy).
# It holds only the objects programs look at: module specs and loaders. Finding and executing
# modules is native (interp/vm/src/importer). Behaviour follows CPython 3.11's
# Lib/importlib/_bootstrap.py and _bootstrap_external.py.


class ModuleSpec:
    """The import-system state of a module (PEP 451)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = ['name=' + repr(self.name), 'loader=' + repr(self.loader)]
        if self.origin is not None:
            parts.append('origin=' + repr(self.origin))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations='
                         + repr(self.submodule_search_locations))
        return type(self).__name__ + '(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations
                == other.submodule_search_locations
                and self.cached == other.cached
                and self.has_location == other.has_location)

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    """Loads a module from its `.py` file (the native importer does the work)."""

    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__
                and self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        return self.get_data(self.path).decode()

    def is_package(self, fullname):
        tail = self.path.rpartition('/')[2]
        return tail.rpartition('.')[0] == '__init__' and (
            fullname.rpartition('.')[2] != '__init__')

    def get_code(self, fullname):
        # The native importer's compile-or-read-the-cache step (`_n_get_code`, injected).
        return _n_get_code(self.path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class NamespaceLoader:
    """The loader of a namespace package (PEP 420)."""

    __module__ = '_frozen_importlib_external'

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass
