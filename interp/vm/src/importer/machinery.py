# `importlib.machinery` as krait's import system has it: the file suffixes the path search
# knows (Lib/importlib/_bootstrap_external.py's lists) and the spec and loader classes of
# `_frozen_importlib`, which `inspect` and `pkgutil` read.

from _frozen_importlib import ModuleSpec, SourceFileLoader, NamespaceLoader

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
