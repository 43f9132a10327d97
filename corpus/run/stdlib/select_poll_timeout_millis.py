# poll.poll() takes its timeout in milliseconds (floats round up), unlike select() and
# epoll.poll(); subprocess's timeouts go through it (selectors.PollSelector).
import os
import select
import subprocess
import time

r, w = os.pipe()
p = select.poll()
p.register(r, select.POLLIN)
t = time.monotonic()
print(p.poll(50), 0.03 < time.monotonic() - t < 2)
print(p.poll(0), p.poll(0.2), p.poll(-1 if False else 0))
os.write(w, b"x")
print(p.poll(None), p.poll(10))
for bad in (2 ** 31, 1e10, "x"):
    try:
        p.poll(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
t = time.monotonic()
try:
    subprocess.run(["sleep", "30"], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", 0 < e.timeout <= 0.5, time.monotonic() - t < 10)
