# sys.stdout/sys.stderr as text streams: bytes through .buffer keep their order with print,
# fileno, encoding, writable/readable, print(file=...) into io objects, and io.open is open.
import io
import sys

print("text 1")
sys.stdout.buffer.write(b"bytes 2\n")
print("text 3")
sys.stdout.write("write 4\n")
sys.stdout.buffer.write("bytes é 5\n".encode("utf-8"))
sys.stdout.flush()
print("err 1", file=sys.stderr)
sys.stderr.buffer.write(b"err bytes 2\n")
sys.stderr.flush()
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.encoding, sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout.closed, sys.stdout.buffer.closed)
print(io.open is open, open.__name__)
buf = io.StringIO()
print("a", 1, sep="-", end="!\n", file=buf)
print(repr(buf.getvalue()))
raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
print("line", file=text, flush=True)
print(raw.getvalue())
