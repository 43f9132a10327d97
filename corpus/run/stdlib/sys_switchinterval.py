# sys.getswitchinterval/setswitchinterval: whole microseconds kept, a positive real required.
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-9)
print(sys.getswitchinterval())
sys.setswitchinterval(3)
print(sys.getswitchinterval())
for bad in (0, -1.0, 'x'):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
