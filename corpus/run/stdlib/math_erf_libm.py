# math.erf and math.erfc agree with the C library's to the last bit.
import math
xs = [0.0, -0.0, 1e-300, 0.1, 0.5, 0.9, 1.0, 1.4999, 1.5, 2.0, 2.5, 3.0, 4.5, 5.9, 6.0, 10.0, 26.5, 27.3, 30.0, 1e10,
      float("inf"), float("-inf"), -0.5, -1.7, -3.3, -6.5, -30.0]
for x in xs:
    print(x, math.erf(x).hex(), math.erfc(x).hex())
print(math.erf(float("nan")), math.erfc(float("nan")))
print(sum(math.erf(i / 997) for i in range(-5000, 5000)).hex(), sum(math.erfc(i / 997) for i in range(-5000, 5000)).hex())
