import errno
import os
import stat
import sys

base = '/tmp/krait_os_test_%d' % os.getpid()
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
print(sorted(os.listdir(base)), os.path.isdir(base + '/a/b'))

fd = os.open(os.path.join(base, 'f.txt'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world\n'), os.write(fd, bytearray(b'second line\n')))
os.close(fd)
fd = os.open(os.path.join(base, 'f.txt'), os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100), os.isatty(fd))
st = os.fstat(fd)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
fd2 = os.dup(fd)
os.lseek(fd2, 0, os.SEEK_SET)
print(os.read(fd2, 5))
os.close(fd)
os.close(fd2)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno == errno.EBADF, e)

st = os.stat(base + '/f.txt')
print(st.st_size, st[6], len(st), type(st).__name__, st.st_mode & 0o777 == 0o644 & ~0o022 or True)
os.rename(base + '/f.txt', base + '/g.txt')
os.replace(base + '/g.txt', base + '/a/h.txt')
print(sorted(os.listdir(base)), os.listdir(base + '/a'))
entries = sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in os.scandir(base + '/a'))
print(entries)
with os.scandir(base) as it:
    print([(e.name, e.path == base + '/' + e.name) for e in it])
os.symlink(base + '/a/h.txt', base + '/link')
print(os.readlink(base + '/link') == base + '/a/h.txt', os.path.islink(base + '/link'), os.lstat(base + '/link').st_size > 0)
print(sorted(os.path.relpath(os.path.join(d, f), base) for d, _, fs in os.walk(base) for f in fs))
os.utime(base + '/a/h.txt', (1000000000, 1200000000))
st = os.stat(base + '/a/h.txt')
print(st.st_atime, st.st_mtime, st.st_mtime_ns)
print(os.access(base + '/a/h.txt', os.F_OK), os.access(base + '/nope', os.F_OK), os.access(base, os.R_OK | os.W_OK))
os.chmod(base + '/a/h.txt', 0o600)
print(oct(stat.S_IMODE(os.stat(base + '/a/h.txt').st_mode)))

for call, arg in [(os.stat, base + '/missing'), (os.rmdir, base + '/a'), (os.mkdir, base), (os.listdir, base + '/a/h.txt'), (os.remove, base + '/zzz')]:
    try:
        call(arg)
    except OSError as e:
        print(call.__name__, type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, e.filename == arg)
try:
    os.rename(base + '/q1', base + '/q2')
except FileNotFoundError as e:
    print(str(e).replace(base, 'BASE'))

r, w = os.pipe()
os.write(w, b'through the pipe')
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)

os.remove(base + '/link')
os.unlink(base + '/a/h.txt')
os.removedirs(base + '/a/b')
print(os.path.exists(base + '/a'), os.path.exists(base))
if os.path.exists(base):
    os.rmdir(base)

print(os.getcwd() == os.path.abspath('.'), os.fspath(b'x'), os.fsencode('caf\xe9'), os.fsdecode(b'abc'))
print(os.strerror(2), os.strerror(13), os.O_RDONLY, os.O_CREAT, os.SEEK_END, os.WNOHANG, os.sep, os.pathsep, os.linesep == '\n', os.name)
print(isinstance(os.cpu_count(), int), len(os.urandom(16)), type(os.urandom(0)).__name__, os.uname().sysname, len(os.times()))
print(os.getpid() > 0, os.getppid() > 0, isinstance(os.getuid(), int), os.environ.get('KRAIT_SURELY_UNSET', 'unset'), isinstance(os.environb, dict) or True)
try:
    os.get_terminal_size(99)
except OSError as e:
    print('OSError', e.errno)
os.environ['KRAIT_TEST_VAR'] = 'v1'
print(os.environ['KRAIT_TEST_VAR'], os.getenv('KRAIT_TEST_VAR'), 'KRAIT_TEST_VAR' in os.environ)
del os.environ['KRAIT_TEST_VAR']
print(os.getenv('KRAIT_TEST_VAR'), errno.ENOENT, errno.errorcode[11], errno.EWOULDBLOCK == errno.EAGAIN, len(errno.errorcode))
print(OSError(2, 'x') .__class__.__name__, str(OSError(errno.EEXIST, os.strerror(errno.EEXIST), 'f')))
sys.stdout.flush()
