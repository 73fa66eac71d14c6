import hashlib
for n in ["sha3_256", "sha3_512", "sha3_224", "sha3_384", "shake_128", "shake_256", "blake2b", "blake2s", "sha512_256", "md5", "sha1", "sha224"]:
    try:
        h = hashlib.new(n, b"abc")
        print(n, h.hexdigest(16) if n.startswith("shake") else h.hexdigest())
    except Exception as e:
        print(n, type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))
import hashlib
for size in (1, 16, 32, 64):
    print(hashlib.blake2b(b"hello world", digest_size=size).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"msg", key=b"k" * 32, salt=b"12345678", person=b"p", digest_size=20).hexdigest())
print(hashlib.blake2b().hexdigest(), hashlib.blake2s().hexdigest(), hashlib.blake2b(key=b"k").hexdigest())
big = bytes(range(256)) * 40
for n in (0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 1000, len(big)):
    print(n, hashlib.blake2b(big[:n]).hexdigest()[:24], hashlib.blake2s(big[:n]).hexdigest()[:24],
          hashlib.shake_128(big[:n]).hexdigest(20), hashlib.shake_256(big[:n]).hexdigest(300)[-16:])
h = hashlib.blake2b(digest_size=20); h.update(b"a"); h.update(b"bc"); c = h.copy(); c.update(b"d")
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, hashlib.blake2s.MAX_KEY_SIZE)
s = hashlib.shake_256(b"x"); print(s.name, s.digest_size, s.block_size, len(s.digest(1000)))
for bad in [dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17), dict(person=b"p" * 17)]:
    try:
        hashlib.blake2b(b"", **bad)
    except ValueError as e:
        print("ValueError", e)
