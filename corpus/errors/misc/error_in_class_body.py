class A:
    x: int = 1
    y, z: int
