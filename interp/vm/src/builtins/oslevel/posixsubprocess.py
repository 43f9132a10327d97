# The `_posixsubprocess` module `subprocess.py` imports: krait cannot fork a child and run
# its set-up between fork and exec yet (#6), so `fork_exec` reports that plainly.


def fork_exec(*args):
    """Spawn a fresh new child process (not supported by krait)."""
    raise OSError(38, 'fork_exec is not supported by krait')
