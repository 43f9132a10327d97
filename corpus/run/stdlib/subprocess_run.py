# subprocess over _posixsubprocess.fork_exec: pipes, exit codes, errors from the child's
# set-up (a missing program, a missing cwd), environments, shell commands, timeouts, signals.
import os
import subprocess

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run('echo $((1+2)); echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(['printf', 'a\\nb']).splitlines())

try:
    subprocess.run(['/nonexistent/prog'])
except FileNotFoundError as e:
    print('missing program:', e.errno, e.strerror, e.filename)
try:
    subprocess.run(['ls'], cwd='/nonexistent/dir')
except FileNotFoundError as e:
    print('missing cwd:', e.errno, e.filename)
try:
    subprocess.run(['/'])
except PermissionError as e:
    print('not executable:', e.errno, e.filename)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print('CalledProcessError:', e.returncode, e)

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b'piped data\n')
print('communicate:', p.returncode, out)
r = subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']},
                   stdout=subprocess.PIPE)
print('env:', r.stdout)
r = subprocess.run(['pwd'], cwd='/', stdout=subprocess.PIPE, text=True)
print('cwd:', r.stdout.strip())
r = subprocess.run(['sh', '-c', 'echo out; echo err 1>&2'], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT)
print('stderr to stdout:', r.stdout)
print(subprocess.getoutput('echo hi; exit 2'), subprocess.getstatusoutput('exit 2'))

p = subprocess.Popen(['sleep', '5'])
p.terminate()
print('terminated:', p.wait())
print(subprocess.run(['sh', '-c', 'exit 7']))
try:
    subprocess.run(['sleep', '3'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('timeout:', e.cmd, round(e.timeout, 1))

seen = []
r = subprocess.run(['true'], preexec_fn=lambda: seen.append(1))
print('preexec_fn ran in the child only:', r.returncode, seen)


def failing():
    raise ValueError('no')


try:
    subprocess.run(['true'], preexec_fn=failing)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)

# Only the standard streams reach the child unless pass_fds names more.
rfd, wfd = os.pipe()
r = subprocess.run(['sh', '-c', 'printf through >&%d' % wfd], pass_fds=(wfd,))
os.close(wfd)
print('pass_fds:', r.returncode, os.read(rfd, 100))
os.close(rfd)
with os.popen('echo popen') as f:
    print(f.read().strip())
