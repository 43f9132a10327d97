# frame.clear() on the frame of a suspended generator closes the generator, even when the
# frame object was taken while it ran (a traceback's tb_frame); a running frame refuses.
log = []


def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        f = e.__traceback__.tb_frame
        try:
            f.clear()
        except RuntimeError as err:
            log.append(str(err))
        yield f
    finally:
        log.append("finally")


gen = g()
f = next(gen)
print(f is gen.gi_frame, log)
f.clear()
print(log, gen.gi_frame)
