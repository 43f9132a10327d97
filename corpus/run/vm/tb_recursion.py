# RecursionError traceback: repeated lines are folded.
def walk(node):
    return walk(node + 1)
walk(0)
