# `_imp` for krait: the part of CPython's `Python/import.c` module that Python code calls
# outside the bootstrap (`test.support.import_helper`, `importlib.util`). krait runs one
# thread, so the import lock is only a counter; it loads no C extensions and freezes no
# modules, so those queries answer as CPython does for a name that is neither.

import sys

check_hash_based_pycs = 'default'

_lock_count = 0


def lock_held():
    """Whether the import lock is held (by `acquire_lock`)."""
    return _lock_count > 0


def acquire_lock():
    global _lock_count
    _lock_count += 1


def release_lock():
    global _lock_count
    if _lock_count == 0:
        raise RuntimeError('not holding the import lock')
    _lock_count -= 1


def is_builtin(name):
    """1 for a built-in module that can be initialised again, -1 for one that cannot (`sys`,
    `builtins`), 0 for none (`imp_is_builtin`)."""
    if name in ('sys', 'builtins'):
        return -1
    return 1 if name in sys.builtin_module_names else 0


def is_frozen(name):
    return False


def is_frozen_package(name):
    raise ImportError('No such frozen object named {!r}'.format(name), name=name)


def extension_suffixes():
    return []


def _fix_co_filename(code, path):
    pass


def _override_frozen_modules_for_tests(override):
    pass


def _override_multi_interp_extensions_check(override):
    return -1
