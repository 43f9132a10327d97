# An exception raised while an imported module runs ends the program: the traceback goes
# through the import statement into the module's own file.
import sys

sys.path.insert(0, sys._getframe().f_code.co_filename.rpartition("/")[0] + "/helpers")
print("before")
import imp_bad
print("not reached")
