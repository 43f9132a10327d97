# AttributeError for a missing module attribute.
import math

print(math.pi)
print(math.tau)
print(math.golden_ratio)
