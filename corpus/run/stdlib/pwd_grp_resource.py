import grp
import os
import pwd
import resource


def show(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)


# The databases are the machine's; both interpreters read the same ones.
me = pwd.getpwuid(os.getuid())
print(me == pwd.getpwnam(me.pw_name), me.pw_uid == os.getuid(), len(me), type(me).__name__)
print(pwd.getpwuid(0))
print(pwd.getpwnam('root').pw_dir, pwd.getpwnam('root')[6])
print(sorted(p.pw_name for p in pwd.getpwall()) == sorted({p.pw_name for p in pwd.getpwall()}))
print(pwd.getpwall() == pwd.getpwall(), len(pwd.getpwall()) > 0)
show('nouser', pwd.getpwnam, 'no-such-user-krait')
show('nouid', pwd.getpwuid, 987654)
show('neg uid', pwd.getpwuid, -5)
show('huge uid', pwd.getpwuid, 2**40)
show('str uid', pwd.getpwuid, 'a')
show('int name', pwd.getpwnam, 1)
show('nul name', pwd.getpwnam, 'a\0b')
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.__module__)

g = grp.getgrgid(0)
print(g, g.gr_name == grp.getgrnam(g.gr_name).gr_name, type(g.gr_mem).__name__)
print(grp.getgrall() == grp.getgrall(), len(grp.getgrall()) > 0)
show('nogroup', grp.getgrnam, 'no-such-group-krait')
show('nogid', grp.getgrgid, 987654)
show('str gid', grp.getgrgid, 'x')
show('neg gid', grp.getgrgid, -7)

print(resource.RLIM_INFINITY, resource.RLIMIT_NOFILE, resource.RUSAGE_SELF, resource.error)
print(resource.getrlimit(resource.RLIMIT_NOFILE) == resource.getrlimit(resource.RLIMIT_NOFILE))
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_CORE) == (soft, hard))
show('bad resource', resource.getrlimit, -1)
show('bad resource high', resource.getrlimit, 100)
show('str resource', resource.getrlimit, 'a')
show('one limit', resource.setrlimit, resource.RLIMIT_CORE, (1,))
show('int limits', resource.setrlimit, resource.RLIMIT_CORE, 5)
show('soft above hard', resource.setrlimit, resource.RLIMIT_NOFILE, (hard + 10 if hard > 0 else 100, 10))
show('bad who', resource.getrusage, 7)
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, len(u), type(u.ru_utime).__name__, u.ru_maxrss > 0, u[2] == u.ru_maxrss)
print(resource.getpagesize() == os.sysconf('SC_PAGE_SIZE'))
