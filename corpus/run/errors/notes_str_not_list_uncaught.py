# __notes__ that is not a list: a str is still a sequence, so the printer shows it one
# character per line (3.11's print_exception_notes); each note goes through str().
e = ValueError('bad value')
try:
    raise e
except ValueError:
    pass
e.__notes__ = 'ab'
print('notes set')
raise e
