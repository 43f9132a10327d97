# doubled braces and nested replacement fields
x = f"{{literal}}"
y = f"{ {1: 2}[1] }"
z = f"{x:{10}.{2}}"
w = f"{{{x}}}"
