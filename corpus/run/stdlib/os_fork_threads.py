# os.fork with threads: the child keeps only the forking thread (a thread still running in
# the parent does not run in the child), and a child forked from a thread ends when that
# thread's function returns.
import os
import sys
import threading
import time

stop = False


def spinner():
    while not stop:
        time.sleep(0.001)


bg = threading.Thread(target=spinner)
bg.start()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    time.sleep(0.02)
    print('child alone:', threading.active_count(), flush=True)
    os._exit(3)
print('child status', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))


def forker(k):
    pid = os.fork()
    if pid == 0:
        time.sleep(0.01)
        print('in the child of thread', k, flush=True)
        return
    print('thread', k, 'child status', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]),
          flush=True)


for k in range(3):
    t = threading.Thread(target=forker, args=(k,))
    t.start()
    t.join()
stop = True
bg.join()
print('done')
