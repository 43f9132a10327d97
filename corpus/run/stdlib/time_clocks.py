# The time module's clock_* functions and constants, the CPU-time clocks, strptime and the
# struct_time item count: values that vary are checked by their relations, not printed.
import time

names = sorted(n for n in dir(time) if n.startswith("CLOCK_"))
print(names)
print(time._STRUCT_TM_ITEMS)
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.monotonic()
c = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(a <= b, abs(b - c / 1e9) < 1.0, isinstance(c, int))
print(time.clock_getres(time.CLOCK_REALTIME) <= 0.01, abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1.0)
t0 = time.process_time()
x = sum(i * i for i in range(200000))
t1 = time.process_time()
print(t1 >= t0, time.thread_time() >= 0, isinstance(time.process_time_ns(), int))
s0 = time.process_time()
time.sleep(0.05)
print("sleep costs little CPU:", time.process_time() - s0 < 0.04)
for bad in (lambda: time.clock_gettime(1.5), lambda: time.clock_gettime(10 ** 20),
            lambda: time.clock_gettime(-12345), lambda: time.clock_settime(time.CLOCK_REALTIME, 0)):
    try:
        bad()
    except (TypeError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
print(time.strptime("2024-03-05 13:14:15", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("5 Mar 2001", "%d %b %Y")[:6])
try:
    time.strptime("2024", "%d")
except ValueError as e:
    print("ValueError", e)
print(time.tzset())
for v in (2**40, -2**40, 10**20, '1'):
    try:
        time.clock_gettime(v)
    except Exception as e:
        print(type(e).__name__, e)
for v in (10**30, 'x'):
    try:
        time.clock_settime_ns(time.CLOCK_REALTIME, v)
    except Exception as e:
        print(type(e).__name__, e)
