import _md5, _sha1, _sha256, _sha3, _blake2

msgs = [b"", b"abc", b"a" * 63, b"a" * 64, b"a" * 65, bytes(range(256)) * 3]
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha3.sha3_224,
         _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
for c in ctors:
    h = c()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for m in msgs:
        print(c(m).hexdigest())
    h.update(b"part one ")
    g = h.copy()
    h.update(bytearray(b"part two"))
    print(h.hexdigest(), g.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
    h.update(memoryview(b"more"))
    print(h.digest()[:8])
for c in (_sha3.shake_128, _sha3.shake_256):
    h = c(b"shake it")
    print(h.name, h.digest_size, h.block_size)
    print(h.hexdigest(10), h.digest(40), h.hexdigest(0))
    for bad in (-1, 2**29):
        try:
            h.digest(bad)
        except ValueError as e:
            print("ValueError", e)
for c in (_blake2.blake2b, _blake2.blake2s):
    print(c.MAX_DIGEST_SIZE, c.MAX_KEY_SIZE, c.PERSON_SIZE, c.SALT_SIZE)
    print(c(b"data", digest_size=20).hexdigest())
    print(c(b"data", key=b"secret key").hexdigest())
    print(c(b"data", salt=b"salty", person=b"me").hexdigest())
    print(c(b"data" * 40, key=b"k" * 16, digest_size=16).hexdigest())
    print(c(b"tree", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
            inner_size=16, last_node=True).hexdigest())
    h = c(key=b"x" * c.MAX_KEY_SIZE)
    h.update(b"y" * 1000)
    print(h.hexdigest(), h.digest_size)
    for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"x" * 65),
               dict(salt=b"x" * 17), dict(person=b"x" * 17), dict(fanout=256),
               dict(depth=0), dict(leaf_size=-1), dict(leaf_size=2**32),
               dict(node_depth=256), dict(inner_size=65)]:
        try:
            c(**kw)
            print("ok", kw)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE)
for bad in ("text", 5):
    try:
        _md5.md5(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    _sha256.sha256().update("x")
except TypeError as e:
    print("TypeError", e)
print(_sha256.sha256(string=b"kw").hexdigest(), _md5.md5(b"x", usedforsecurity=False).hexdigest())
print(_sha256.SHA256Type is type(_sha256.sha256()), _md5.MD5Type.__name__)
