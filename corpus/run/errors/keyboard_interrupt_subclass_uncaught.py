# Only an exception of exactly KeyboardInterrupt ends the process by SIGINT; a subclass is an
# ordinary uncaught exception with status 1.
class Stop(KeyboardInterrupt):
    pass


print("start")
raise Stop("by a subclass")
