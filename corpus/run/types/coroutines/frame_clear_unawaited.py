# Clearing the frame of a coroutine that never started reports it as never awaited, as its
# finalization would; clearing a suspended one closes it.
import warnings


async def never():
    pass


class Later:
    def __await__(self):
        try:
            yield "paused"
        finally:
            print("closed")


async def paused():
    await Later()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = never()
    c.cr_frame.clear()
    print([str(x.message) for x in w], c.cr_frame is not None)
    c.close()
    p = paused()
    print(p.send(None))
    p.cr_frame.clear()
    print(p.cr_frame, [str(x.message) for x in w])
