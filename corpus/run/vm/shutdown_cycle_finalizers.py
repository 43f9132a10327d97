import weakref, sys
class Thing:
    def __del__(self): sys.stderr.write("del thing\n")
def cb(ref): sys.stderr.write("callback\n")
t4 = Thing()
c = weakref.ref(t4, cb)
class Other:
    def __del__(self): sys.stderr.write("del other\n")
o = Other()
