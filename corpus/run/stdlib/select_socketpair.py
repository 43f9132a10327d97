# socket.socketpair with select.select, poll and epoll readiness, and the selectors module.
import select
import selectors
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)
a.setblocking(False)
b.setblocking(False)
print(a.getblocking(), a.gettimeout())
try:
    a.recv(16)
except BlockingIOError as e:
    print("empty:", type(e).__name__)
b.send(b"ping")
r, w, x = select.select([a], [b], [], 0.01)
print(r == [a], w == [b], x)
p = select.poll()
p.register(a, select.POLLIN)
print(p.poll(10) == [(a.fileno(), select.POLLIN)])
ep = select.epoll()
ep.register(a.fileno(), select.EPOLLIN)
print(ep.poll(0.01) == [(a.fileno(), select.EPOLLIN)])
print(a.recv(16))
print(ep.poll(0))
ep.close()
print(ep.closed)
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, data="reader")
b.sendall(b"pong")
for key, mask in sel.select(0.01):
    print(key.data, mask == selectors.EVENT_READ, key.fileobj.recv(16))
sel.unregister(a)
sel.close()
a.close()
b.close()
print(a.fileno(), socket.getdefaulttimeout())
