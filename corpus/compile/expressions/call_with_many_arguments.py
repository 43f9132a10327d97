# Calls with many positional and keyword arguments (large KW_NAMES tuples, CALL_FUNCTION_EX paths).
def f(*args, **kwargs):
    return len(args), sorted(kwargs)[:3], len(kwargs)


print(f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29))
print(f(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16, q=17, r=18, s=19, t=20))
print(f(1, 2, 3, *[4, 5], x=1, **{"y": 2}, z=3))
print(f(*range(300)), f(**{f"k{i}": i for i in range(300)}))


def many_params(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19,
                *, k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9):
    return p0 + p19 + k0 + k9


print(many_params(*range(20)), many_params(*range(20), k9=100))
