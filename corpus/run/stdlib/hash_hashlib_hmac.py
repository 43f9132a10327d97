import hashlib
import hmac

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
             "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"The quick brown fox")
    c = getattr(hashlib, name)()
    c.update(b"The quick ")
    c.update(b"brown fox")
    print(name, h.digest_size, h.block_size, h.hexdigest() == c.hexdigest(), h.hexdigest())
print(hashlib.shake_128(b"abc").hexdigest(16), hashlib.new("shake_256", b"abc").hexdigest(8))
print(hashlib.blake2b(b"msg", key=b"k", digest_size=16).hexdigest())
print(hashlib.blake2s(b"msg", salt=b"s", person=b"p").hexdigest())
print(hashlib.sha256(usedforsecurity=False).hexdigest())
for d in ["md5", "sha1", "sha256", "sha512", hashlib.sha3_256]:
    m = hmac.new(b"secret", b"message", d)
    m2 = m.copy()
    m2.update(b" more")
    print(m.name, m.digest_size, m.block_size, m.hexdigest(), m2.hexdigest())
print(hmac.digest(b"k" * 100, b"m", "sha256").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
