# os.fork with register_at_fork hooks, os.waitpid and the wait-status helpers, os.execv in a
# child, os.system and os.spawnv.
import os
import sys

order = []
os.register_at_fork(before=lambda: order.append('before1'),
                    after_in_parent=lambda: order.append('parent1'),
                    after_in_child=lambda: print('child hook', flush=True))
os.register_at_fork(before=lambda: order.append('before2'))
sys.stdout.flush()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b'from child %d' % len(order))
    print('in child', flush=True)
    sys.exit(3)
os.close(w)
data = os.read(r, 100)
os.close(r)
p, status = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
print(data, order)

pid = os.fork()
if pid == 0:
    sys.stderr = sys.stdout
    raise ValueError('boom in child')
_, status = os.waitpid(pid, 0)
print('uncaught in child:', os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    os.execv('/bin/sh', ['sh', '-c', 'exit 4'])
print('execv:', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print('system:', os.system('exit 6') >> 8)
print('spawnv:', os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 9']))

try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.execv('/bin/sh', [])
except ValueError as e:
    print(e)
try:
    os.register_at_fork()
except TypeError as e:
    print(e)
try:
    os.register_at_fork(before=1)
except TypeError as e:
    print(e)
