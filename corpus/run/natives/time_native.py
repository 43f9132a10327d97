import time
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(time.gmtime(0)); print(time.struct_time((2024,1,2,3,4,5,6,7,8)))
g = time.gmtime(1e9); print(g.tm_zone, g.tm_gmtoff, g[0], len(g), g[-1], g[:3], g.tm_year, g.tm_yday, g.tm_wday)
t(lambda: time.struct_time((1,2,3)))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %e %% %D %T %F %R %C %u %V %G', time.gmtime(1234567890)))
for ts in [0, 86399, 951782400, 1700000000, -86400 * 365, 4102444800, 1609459200, 1704067199]:
    g = time.gmtime(ts); print(tuple(g), time.strftime('%c|%x|%X|%U|%W|%V|%G|%g', g), time.asctime(g), time.mktime(g))
print(time.asctime(time.gmtime(0)), time.mktime(time.localtime(1e9)), time.ctime(0))
for bad in [(2024,13,1,0,0,0,0,1,0),(2024,1,32,0,0,0,0,1,0),(2024,1,1,24,0,0,0,1,0),(2024,1,1,0,60,0,0,1,0),(2024,1,1,0,0,62,0,1,0),(2024,1,1,0,0,0,0,367,0)]:
    t(lambda: time.strftime('%Y', bad))
t(lambda: time.strftime('%Y|%m|%d|%j', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
t(lambda: time.gmtime('x')); t(lambda: time.sleep(-1)); t(lambda: time.sleep('x')); t(lambda: time.gmtime(float('nan')))
print(time.struct_time.__mro__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(time.gmtime(-1), time.gmtime(2**40)[0], time.gmtime(1.99)[5], time.gmtime(-1.5)[5])
print(time.localtime(0).tm_zone, time.timezone, time.tzname, time.daylight, time.altzone)
a = time.time(); b = time.monotonic(); c = time.perf_counter(); time.sleep(0.01)
print(time.time() >= a, time.monotonic() > b, time.perf_counter() > c, type(time.time_ns()), type(time.process_time()))
t(lambda: time.strftime(1)); t(lambda: time.strftime('%Y', 5)); t(lambda: time.strftime('%Y', (1, 2)))
print(time.struct_time((2024,1,2,3,4,5,6,7,8,'XYZ',3600)).tm_zone, time.struct_time(range(9)) == tuple(range(9)))
