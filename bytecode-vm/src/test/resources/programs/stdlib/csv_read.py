import csv, io

def show(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        for row in r:
            print(r.line_num, row)
    except Exception as e:
        print(type(e).__name__, e)

show(['a,b,c\r\n', '1,2,3\r\n'])
show(io.StringIO('x,"y,z",w\n"multi\nline",2\n"a ""quoted"" word",3\n\n,\n'))
show(['a;b;"c;d"\n'], delimiter=';')
show(['a, b,  "c"\n'], skipinitialspace=True)
show(['1,2.5,"x",\n'], quoting=csv.QUOTE_NONNUMERIC)
show(['a\\,b,c\n'], escapechar='\\', quoting=csv.QUOTE_NONE)
show(['"a\\"b",c\n'], escapechar='\\', doublequote=False)
show(['"abc"d,e\n'])
show(['"abc"d,e\n'], strict=True)
show(['"unterminated\n'])
show(['"unterminated\n'], strict=True)
show(['a\rb\n'])
show(['"a', 'b"'])
show(['a\tb\tc\n'], dialect='excel-tab')
show([b'bytes'])
show(['x,y\n'], quoting=csv.QUOTE_NONNUMERIC)
print(csv.list_dialects())
d = csv.get_dialect('unix')
print(repr(d.delimiter), repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict, repr(d.escapechar))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
show(['a|"b|c"\n'], dialect='pipes')
print(csv.get_dialect('pipes').quoting)
csv.unregister_dialect('pipes')
for bad in ['pipes', 'nope']:
    try:
        csv.get_dialect(bad)
    except csv.Error as e:
        print('Error', e)
for kw in [dict(delimiter='ab'), dict(delimiter=None), dict(quoting=7), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(escapechar=5), dict(lineterminator=3), dict(bogus=1)]:
    try:
        csv.reader([], **kw)
        print('ok')
    except TypeError as e:
        print('TypeError', e)
old = csv.field_size_limit(10)
print(old)
show(['0123456789abc\n'])
print(csv.field_size_limit(old))
class MyDialect(csv.Dialect):
    delimiter = ':'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
show(["a:'b:c'\n"], dialect=MyDialect)
try:
    class Bad(csv.Dialect):
        delimiter = 'xx'
    Bad()
except csv.Error as e:
    print('Error', e)
print(issubclass(csv.Error, Exception), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
