# round() uses round-half-to-even on the exact binary value.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 1, 4.5000001]:
    print(v, round(v), type(round(v)).__name__)
for v, nd in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1), (-1.25, 1), (123.456, -1),
              (123.456, -2), (155.0, -1), (1e20, -19), (0.0, 3), (-0.0, 1), (1.23456789, 5), (5e-324, 400),
              (1.5, 0), (2.5, 0), (1e300, -300)]:
    print(v, nd, round(v, nd))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.4), round(0.4))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
print(int(2.9), int(-2.9), int(1e20), float.__trunc__(-7.9), float.__floor__(-7.1), float.__ceil__(-7.9))
import math

print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(-0.5))
