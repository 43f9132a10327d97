# Threads: start/join, locks, queues, events, conditions, thread-locals, executors, timers,
# an exception in a thread, and a thread still running when the main program ends.
import threading, queue, time, sys
results = []
lock = threading.Lock()
def work(n):
    with lock:
        results.append(n * n)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), threading.current_thread().name, threading.active_count())
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda x: x + 1, range(5))))
q = queue.Queue()
out = []
def producer():
    for i in range(5):
        q.put(i)
        time.sleep(0.001)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None: break
        out.append(item * 10)
c = threading.Thread(target=consumer); p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
print(out)
ev = threading.Event()
def waiter(): ev.wait(); print("event seen")
w = threading.Thread(target=waiter); w.start(); print("setting"); ev.set(); w.join()
local = threading.local(); local.x = "main"
def show(): local.x = "thread"; print("in thread", local.x)
t = threading.Thread(target=show, name="T-show"); t.start(); t.join(); print("main sees", local.x)
def boom(): raise ValueError("thread error")
t = threading.Thread(target=boom, name="boomer"); t.start(); t.join()
cond = threading.Condition(); items = []
def cons():
    with cond:
        while not items: cond.wait()
        print("got", items.pop())
tc = threading.Thread(target=cons); tc.start()
with cond: items.append(42); cond.notify()
tc.join()
print(threading.active_count(), threading.current_thread().name, [t.name for t in threading.enumerate()])
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
def slow(n):
    time.sleep(0.01 * (3 - n))
    if n == 2: raise ValueError("bad two")
    return n * 100
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(slow, i): i for i in range(3)}
    res = []
    for f in as_completed(futs):
        try: res.append(f.result())
        except ValueError as e: res.append(str(e))
print(sorted(map(str, res)))
t = threading.Timer(0.01, lambda: print("timer fired"))
t.start(); t.join()
def late():
    time.sleep(0.02); print("late thread finishes before exit")
threading.Thread(target=late).start()
def frames():
    f = sys._getframe(); n = 0
    while f: n += 1; f = f.f_back
    print("thread frame depth", n)
th = threading.Thread(target=frames); th.start(); th.join()
print("main ends", threading.get_ident() == threading.main_thread().ident)
