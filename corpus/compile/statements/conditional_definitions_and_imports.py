# Definitions and imports inside conditionals, try blocks and loops at module level.
import sys

if sys.version_info >= (3, 11):
    def version():
        return "3.11+"
else:
    def version():
        return "old"
try:
    import tomllib as toml_module
except ImportError:
    toml_module = None
for name in ("a", "b"):
    def handler(n=name):
        return n
    globals()[f"handler_{name}"] = handler
while True:
    class Once:
        made = True
    break
if __name__ == "__main__":
    print(version(), toml_module is not None, handler_a(), handler_b(), Once.made)
