# A module whose body raises: the import fails and the module leaves sys.modules.
print("imp_bad running")
x = 1
y = x / 0
