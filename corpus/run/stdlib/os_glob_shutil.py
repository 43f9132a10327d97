import fnmatch
import glob
import os
import shutil

base = '/tmp/krait_glob_test_%d' % os.getpid()
os.makedirs(base + '/sub/deep')
for n in ['a.txt', 'b.py', 'sub/c.txt', 'sub/deep/d.txt', '.hidden.txt']:
    fd = os.open(base + '/' + n, os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, n.encode() * 3)
    os.close(fd)


def rel(paths):
    return sorted(os.path.relpath(p, base) for p in paths)


print(rel(glob.glob(base + '/*.txt')), rel(glob.glob(base + '/**/*.txt', recursive=True)))
print(rel(glob.iglob(base + '/s*')), rel(glob.glob(base + '/*/*/?.txt')), rel(glob.glob(base + '/[ab].*')))
print(sorted(glob.glob('*.txt', root_dir=base)), sorted(glob.glob('**', root_dir=base, recursive=True)))
print(glob.escape('a[b]*'), glob.has_magic('x*'), glob.glob(base + '/nothing*'), rel(glob.glob(base + '/.h*')))
print(fnmatch.filter(sorted(os.listdir(base)), '*.py'), [e.name for e in sorted(os.scandir(base), key=lambda e: e.name) if e.is_dir()])
walk = [(os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)]
print(sorted(walk))
print(sorted((os.path.relpath(d, base), sorted(fs)) for d, _, fs in os.walk(base, topdown=False)))
shutil.move(base + '/a.txt', base + '/sub/moved.txt')
print(sorted(os.listdir(base + '/sub')), shutil.which('definitely-not-a-command-xyz'))
print(shutil.get_terminal_size((100, 30)))
shutil.rmtree(base + '/sub')
print(sorted(os.listdir(base)))
shutil.rmtree(base)
print(os.path.exists(base))
try:
    shutil.rmtree(base)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
