# The exit() builtin with a code.
print("calling exit(3)")
exit(3)
