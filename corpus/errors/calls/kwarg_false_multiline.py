f(
    a,
    False=0,
)
