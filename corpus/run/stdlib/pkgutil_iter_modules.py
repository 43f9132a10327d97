import importlib.machinery
import os
import pkgutil
import sys
import tempfile

# A small package tree made on the fly, found by iter_modules and walk_packages.
root = tempfile.mkdtemp()
pkg = os.path.join(root, 'ktpkg')
os.makedirs(os.path.join(pkg, 'sub'))
for rel, text in [('__init__.py', ''), ('alpha.py', 'A = 1\n'), ('beta.py', ''),
                  ('sub/__init__.py', ''), ('sub/gamma.py', 'G = 3\n'), ('notes.txt', 'x'),
                  ('data.bin', 'raw bytes\n')]:
    with open(os.path.join(pkg, rel), 'w') as f:
        f.write(text)
with open(os.path.join(root, 'ktmod.py'), 'w') as f:
    f.write('')
sys.path.insert(0, root)

print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([root])))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([pkg], 'ktpkg.')))
print(sorted(m.name for m in pkgutil.walk_packages([root])))
finder = pkgutil.get_importer(root)
print(type(finder).__name__, isinstance(finder, importlib.machinery.FileFinder))
print(repr(finder) == 'FileFinder(%r)' % root)
spec = finder.find_spec('ktmod')
print(spec.name, spec.origin == os.path.join(root, 'ktmod.py'))
print(finder.find_spec('no_such_module_here'))
print(pkgutil.get_importer(os.path.join(root, 'ktmod.py')))
print(pkgutil.get_data('ktpkg', 'data.bin'))
names = {m.name for m in pkgutil.iter_modules()}
print('json' in names, 'ktmod' in names)
import ktpkg
print(sorted(m.name for m in pkgutil.iter_modules(ktpkg.__path__)))
print(pkgutil.resolve_name('ktpkg.sub.gamma:G'), pkgutil.resolve_name('os.path').__name__)
try:
    importlib.machinery.FileFinder.path_hook()(os.path.join(root, 'ktmod.py'))
except ImportError as e:
    print('ImportError', e)
print(importlib.machinery.FileFinder('.').path == os.getcwd())

import shutil
shutil.rmtree(root)
