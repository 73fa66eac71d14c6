import csv, io

def w(rows, **kw):
    s = io.StringIO()
    try:
        wr = csv.writer(s, **kw)
        for r in rows:
            ret = wr.writerow(r)
        print(repr(s.getvalue()), ret)
    except Exception as e:
        print(type(e).__name__, e, repr(s.getvalue()))

w([['a', 'b c', 'd,e', 'f"g', 'h\ni', '', None, 1, 2.5, True]])
w([['']])
w([[None]])
w([[]])
w([['a', 'b']], quoting=csv.QUOTE_ALL)
w([['a', 1, 2.5, None, '3']], quoting=csv.QUOTE_NONNUMERIC)
w([['a,b']], quoting=csv.QUOTE_NONE)
w([['a,b', 'c"d']], quoting=csv.QUOTE_NONE, escapechar='\\')
w([['c"d', 'e\\f']], doublequote=False, escapechar='\\')
w([['c"d']], doublequote=False)
w([['']], quoting=csv.QUOTE_NONE)
w([['x', 'y']], dialect='unix')
w([['x', 'y']], dialect='excel-tab')
w([['a|b', 'c']], delimiter='|', lineterminator='\n')
w([5])
w([iter(['g', 'h'])])
s = io.StringIO()
wr = csv.writer(s)
wr.writerows([[1, 2], ['a', 'b'], ('t', 'u')])
print(repr(s.getvalue()))
# round trip
rows = [['plain', 'with,comma', 'with "quote"', 'multi\nline', 'cr\rhere', ' lead', '']]
s = io.StringIO(newline='')
csv.writer(s).writerows(rows)
s.seek(0)
print(list(csv.reader(s)) == rows)
try:
    csv.writer(42)
except TypeError as e:
    print('TypeError', e)
print(repr(wr.dialect.lineterminator), wr.dialect.delimiter)
