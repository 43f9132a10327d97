result = compute(
    alpha,
    beta=2,
    gamma,
    delta=4,
)
