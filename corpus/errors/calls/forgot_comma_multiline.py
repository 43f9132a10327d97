f(
    first,
    second
    third,
)
