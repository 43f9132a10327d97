# except* (PEP 654)
try:
    pass
except* ValueError:
    pass
try:
    pass
except* (TypeError, KeyError) as eg:
    pass
except* OSError as eg:
    pass
else:
    pass
finally:
    pass
try:
    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
except *ValueError as e:
    print(e.exceptions)
except  *  TypeError:
    pass
