"""
A multi-line docstring
spanning several lines.
"""
