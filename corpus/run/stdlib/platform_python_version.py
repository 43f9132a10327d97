# platform reads the interpreter's version out of sys.version (platform._sys_version), so
# sys.version must keep CPython's "VERSION (BUILD) [COMPILER]" shape.
import platform
import sys

print(platform.python_version(), platform.python_version_tuple())
print(platform.python_implementation())
print(sys.version.split()[0] == platform.python_version())
print(type(platform.python_build()), len(platform.python_build()))
