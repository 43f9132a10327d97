# type: ignore
"""A module whose first comment ignores type errors for the whole file."""
x = 1
