# What os.environ / os.putenv change is the environment of programs started afterwards
# (subprocess, os.popen, os.system, exec), in the order the process environment has it; an
# explicit env= replaces it.
import os, subprocess, sys
os.environ['HELLO_K'] = 'World'
os.environ.update(HELLO_U='upd')
os.putenv('HELLO_P', 'x')
os.environ['PATH'] = os.environ['PATH']
print(subprocess.run(['sh', '-c', 'echo $HELLO_K $HELLO_U $HELLO_P'], capture_output=True, text=True).stdout.strip())
print(os.popen('echo $HELLO_K').read().strip())
sys.stdout.flush()
print(os.system('echo system sees $HELLO_K; exit 3') >> 8)
del os.environ['HELLO_K']
print(repr(subprocess.run(['sh', '-c', 'echo "[$HELLO_K]"'], capture_output=True, text=True).stdout.strip()))
print(subprocess.run(['sh', '-c', 'echo $ONLY'], capture_output=True, text=True, env={'ONLY': 'given'}).stdout.strip())
names = subprocess.run(['env'], capture_output=True, text=True).stdout.split('\n')
print([n.split('=')[0] for n in names if n.startswith('HELLO')])
for args in (('\0', 'x'), ('A\0B', 'x'), ('A', 'x\0'), ('=A', 'x'), ('', 'x'), (b'A=B', b'x')):
    try:
        os.putenv(*args)
        print('set')
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
for n in ('\0', 'A=B', '', b'A=B'):
    try:
        os.unsetenv(n)
        print('unset')
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
print(subprocess.run(['sh', '-c', 'echo still runs'], capture_output=True, text=True).stdout.strip())
