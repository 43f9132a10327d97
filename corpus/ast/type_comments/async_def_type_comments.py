# type comments on async functions
async def fetch(url, timeout):  # type: (str, float) -> bytes
    return b''

async def stream(source):
    # type: (object) -> None
    async for chunk in source:  # type: bytes
        pass

async def args(a,  # type: int
               b,  # type: int
               ):
    # type: (...) -> int
    return a + b
