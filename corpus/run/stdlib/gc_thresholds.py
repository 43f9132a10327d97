# gc's thresholds and debug flags are kept and reported; set_threshold keeps the thresholds
# not given.
import gc
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(5, 6, 7)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold(), gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL, gc.callbacks)
gc.set_debug(0)
print(gc.get_freeze_count(), len(gc.get_count()), gc.freeze(), gc.unfreeze())
for bad in ((), (1, 2, 3, 4)):
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print(e)
