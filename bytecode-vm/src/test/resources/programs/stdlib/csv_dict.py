import csv, io

data = 'name,age,city\r\nAlice,30,Paris\r\n\r\nBob,25\r\nCarol,41,Rome,extra1,extra2\r\n'
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)

r = csv.DictReader(io.StringIO(data), restkey='more', restval='?')
for row in r:
    print(row)

r = csv.DictReader(['1;2', '3;4'], fieldnames=['a', 'b'], delimiter=';')
print(list(r))
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r))

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['a', 'b', 'c'], restval='NA')
print(w.writeheader())
w.writerow({'a': 1, 'c': 'x,y'})
w.writerows([{'a': 'p', 'b': 'q'}, {'b': None}])
print(repr(s.getvalue()))
try:
    w.writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print('ValueError', e)
w2 = csv.DictWriter(s, ['a'], extrasaction='ignore')
w2.writerow({'a': 5, 'zz': 2})
print(repr(s.getvalue()[-5:]))
try:
    csv.DictWriter(s, ['a'], extrasaction='bogus')
except ValueError as e:
    print('ValueError', e)
s = io.StringIO()
w = csv.DictWriter(s, ['x', 'y'], dialect='unix')
w.writeheader()
w.writerow({'x': 1, 'y': 2})
print(repr(s.getvalue()))
