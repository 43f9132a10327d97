# await inside nested expression positions of an async function
async def run(client):
    msg = f"status={await client.status()!r} size={len(await client.body()):>8}"
    cb = lambda x=await client.default(): x
    return {**(await client.headers()), 'msg': msg}
