# bytearrays made by parallel pieces are theirs to change; one made before the split is shared,
# and writing it makes the split fall back to the sequential order (same answer either way).
def encode(n):
    out = bytearray()
    for k in range(n % 17 + 3):
        out.append((n * 31 + k) % 256)
    out[0] = 255
    out += b'|'
    return bytes(out)

parts = [encode(n) for n in range(3000)]
print(len(parts), parts[5], sum(len(p) for p in parts))

shared = bytearray()
def log(n):
    shared.append(n % 256)
    return n * 2

total = sum(log(n) for n in range(5000))
print(total, len(shared), bytes(shared[:8]), shared[-1])

buf = bytearray(b'abc')
copies = [bytes(buf) + bytes([i % 256]) for i in range(2000)]
buf[0] = 65
print(copies[3], buf, len(copies))
