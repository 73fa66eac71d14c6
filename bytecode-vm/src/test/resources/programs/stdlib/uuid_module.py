import uuid
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant, u.fields, u.time, u.clock_seq, u.node)
print(u.bytes, u.bytes_le, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u)
for ns, name in [(uuid.NAMESPACE_DNS, "python.org"), (uuid.NAMESPACE_URL, "https://example.com/a"), (uuid.NAMESPACE_OID, "1.2.3"), (uuid.NAMESPACE_X500, "cn=x")]:
    print(uuid.uuid3(ns, name), uuid.uuid5(ns, name), uuid.uuid5(ns, name).version, uuid.uuid3(ns, name).variant)
a, b = uuid.uuid5(uuid.NAMESPACE_DNS, "a"), uuid.uuid5(uuid.NAMESPACE_DNS, "b")
print(sorted([b, a]) == sorted([a, b]), a < b or a > b, len({a, b, uuid.UUID(str(a))}), str(a) == str(uuid.UUID(a.hex)))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), isinstance(r, uuid.UUID))
for bad in ["nothex", "1234"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    u.x = 1
except TypeError as e:
    print("TypeError", e)
try:
    uuid.UUID()
except TypeError as e:
    print("TypeError", e)
print(uuid.UUID(int=0), uuid.UUID(int=2**128 - 1), uuid.UUID('00000000-0000-0000-0000-000000000000').version)
import copy, pickle
print(copy.deepcopy(u) == u, pickle.loads(pickle.dumps(u)) == u, int(u) == u.int)
