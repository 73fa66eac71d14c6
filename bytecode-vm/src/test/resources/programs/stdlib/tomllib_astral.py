# tomllib with characters outside the BMP: keys, values, escapes, errors, a longer document.
import tomllib

doc = '''
"\U0001F600 key" = "smile \U0001F600 and \\U0001F601 and \\uE000"
lit = '\U00010400 literal'
multi = """
line \U0001F4A9
"""
arr = ["\U0001F600", { "\U0001F600" = 1 }]
[table.\"\U0001F680\"]
x = 1
'''
data = tomllib.loads(doc)
for k, v in data.items():
    print(repr(k), repr(v))
for bad in ['a = "\U0001F600', 'a = {"\U0001F600" = 1, "\U0001F600" = 2}', '\U0001F600 = 1',
            'a = 1\nb = "\U0001F600" x']:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as exc:
        print(exc)
lines = ['title = "\U0001F600"']
for i in range(800):
    lines.append('k%d = "value %d \U0001F600"' % (i, i))
    lines.append('[t%d]\nn = %d' % (i, i))
d = tomllib.loads("\n".join(lines))
print(len(d), d["title"], d["k799"], d["t799"])
