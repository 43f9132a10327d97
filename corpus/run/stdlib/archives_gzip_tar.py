# gzip and tarfile over the io stack: reading a whole member at once (zlib's max_length is
# a Py_ssize_t), extractfile's BufferedReader over a plain object, os.chown.
import gzip
import io
import os
import shutil
import tarfile
import tempfile

data = gzip.compress(b'hello world ' * 1000)
with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
    print(len(f.read()))
print(len(gzip.decompress(data)))

d = tempfile.mkdtemp()
with tarfile.open(os.path.join(d, 't.tar.gz'), 'w:gz') as t:
    info = tarfile.TarInfo('a.txt')
    payload = b'tar payload'
    info.size = len(payload)
    t.addfile(info, io.BytesIO(payload))
with tarfile.open(os.path.join(d, 't.tar.gz')) as t:
    print(t.getnames(), t.extractfile('a.txt').read())
    t.extractall(os.path.join(d, 'out'))
with open(os.path.join(d, 'out', 'a.txt'), 'rb') as f:
    print(f.read())


class Raw:
    def readable(self):
        return 1


try:
    io.BufferedReader(Raw())
except io.UnsupportedOperation as e:
    print('unsupported:', e)

path = os.path.join(d, 't.tar.gz')
st = os.stat(path)
os.chown(path, -1, -1)
os.chown(path, st.st_uid, st.st_gid)
print(os.stat(path).st_uid == st.st_uid)
try:
    os.chown('/nonexistent/zz', 0, 0)
except FileNotFoundError as e:
    print(e)
shutil.rmtree(d)
