# Threads that never block still take turns: a running thread gives way once the switch
# interval has passed (CPython's forced GIL switch), and time.sleep gives way even when it is
# too short to wait at all. Either alone used to leave the main thread waiting forever.
import sys
import threading
import time

stop = False
spins = [0, 0]


def busy(k):
    while not stop:
        spins[k] += 1


def napping(k):
    while not stop:
        spins[k] += 1
        if spins[k] % 1000 == 0:
            time.sleep(0.000001)


print(sys.getswitchinterval())
threads = [threading.Thread(target=busy, args=(0,)), threading.Thread(target=napping, args=(1,))]
for t in threads:
    t.start()
print('started')
time.sleep(0.05)
stop = True
for t in threads:
    t.join()
print('joined', spins[0] > 0, spins[1] > 0)

# A worker polling a flag the main thread sets after its own busy work.
done = threading.Event()
seen = []


def poller():
    while not done.is_set():
        pass
    seen.append('done')


t = threading.Thread(target=poller)
t.start()
total = 0
for i in range(200000):
    total += i
done.set()
t.join()
print(total, seen)
