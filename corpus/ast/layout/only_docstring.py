"""Only a module docstring."""
