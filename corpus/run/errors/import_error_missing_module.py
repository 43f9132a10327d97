# ModuleNotFoundError for a module that does not exist.
import math

print(math.sqrt(16))
import definitely_not_a_real_module_name
