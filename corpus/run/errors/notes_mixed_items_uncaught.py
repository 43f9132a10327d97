# __notes__ items are shown with str() and split at every line boundary str.splitlines knows.
e = KeyError('k')
e.add_note('first\rsecond')
e.add_note('third\x0bfourth\u2028fifth')
e.__notes__.append(42)
e.__notes__.append(('tuple', 'note'))
raise e
