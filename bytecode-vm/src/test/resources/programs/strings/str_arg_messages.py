# Wrong argument types to str methods and format(): CPython's messages (its argument parsing names
# None as None; find, index and count read their bounds first and name the type).
calls = [
    lambda: 'abc'.find(1), lambda: 'abc'.find(None), lambda: 'abc'.rfind(1.5), lambda: 'abc'.index([]),
    lambda: 'abc'.rindex(1), lambda: 'abc'.count(None), lambda: 'abc'.find(1, 'x'), lambda: 'abc'.count('a', None, 'z'),
    lambda: 'abc'.removeprefix(None), lambda: 'abc'.removesuffix(3), lambda: 'abc'.encode(None),
    lambda: 'abc'.replace(None, 'x'), lambda: 'abc'.replace('a', None), lambda: format(1, None),
    lambda: (1).__format__(None), lambda: str.maketrans('a', None), lambda: bytes.fromhex(None),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print('TypeError:', e)
print('abc'.find('c', 1), 'abc'.count('', None, None), 'abcabc'.rindex('b', 0, None))
