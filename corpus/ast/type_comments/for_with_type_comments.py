# type comments on for and with statements
from typing import IO
for i in range(10):  # type: int
    pass
for k, v in {}.items():  # type: str, int
    pass
else:
    pass
with open('f') as fh:  # type: IO[str]
    pass
with open('a') as a, open('b') as b:  # type: IO[str], IO[bytes]
    pass
async def main(source, lock):
    async for item in source:  # type: int
        pass
    async with lock as held:  # type: bool
        pass
