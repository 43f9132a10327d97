# A module inside namespace packages (no __init__.py anywhere above it).
print("leaf body:", __name__)
NAME = "leaf"
