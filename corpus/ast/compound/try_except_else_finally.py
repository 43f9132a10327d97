# try with every clause combination
try:
    pass
except:
    pass
try:
    pass
except Exception:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    raise
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try: x = 1
except: x = 2
else: x = 3
finally: x = 4
