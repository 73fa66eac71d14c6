import datetime
from datetime import date, timedelta, MINYEAR, MAXYEAR

print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day)
print(d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1), date.fromordinal(3652059))
# ordinal round trips over many dates
total = 0
for o in list(range(1, 3000, 7)) + list(range(700000, 740000, 13)) + list(range(3650000, 3652060, 3)):
    x = date.fromordinal(o)
    assert x.toordinal() == o, o
    total += x.year * 10000 + x.month * 100 + x.day
print("ordinal checksum", total)
# leap-year edges
for y in (1, 4, 100, 200, 400, 1600, 1700, 1900, 2000, 2100, 2400, 9999):
    e = date(y, 12, 31)
    print(y, e.toordinal(), (e - date(y, 1, 1)).days + 1, date.fromordinal(e.toordinal()))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
for s in ["2004-12-31", "2005-01-01", "2005-01-02", "2008-12-29", "2009-12-31", "2010-01-03", "2020-12-31", "2021-01-04", "0001-01-01", "9999-12-31"]:
    x = date.fromisoformat(s)
    ic = x.isocalendar()
    print(s, ic, date.fromisocalendar(*ic) == x, x.strftime("%G-W%V-%u %U %W %j %a %A"))
for s in ["20240115", "2024-W03", "2024W03", "2024-W03-4", "2024W034", "2020-W53-7"]:
    print(s, date.fromisoformat(s))
for s in ["2024-1-15", "2024-01-15T00:00", "24-01-15", "2024/01/15", "2024-13-01", "2023-02-29", "2021-W53", "", "2024-W00"]:
    try:
        print(date.fromisoformat(s))
    except ValueError as e:
        print("ValueError:", e)
print(date.fromisocalendar(2020, 53, 5), date.fromisocalendar(2024, 1, 1))
for args in [(2021, 53, 1), (2020, 1, 8), (2020, 0, 1)]:
    try:
        print(date.fromisocalendar(*args))
    except ValueError as e:
        print("ValueError:", e)
print(d.isoformat(), d.ctime(), date(2024, 1, 5).ctime())
print(d.replace(day=1), d.replace(year=2023, day=28), repr(d.replace()))
try:
    d.replace(year=2023)
except ValueError as e:
    print("ValueError:", e)
for args in [(0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 13, 1), (2024, 4, 31), (2023, 2, 29)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    date(2024.0, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(days=10) + d)
print(d + timedelta(hours=47), d - timedelta(hours=1))
print(repr(d - date(2000, 1, 1)), repr(date(2000, 1, 1) - d))
try:
    date.max + timedelta(1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    date.min - timedelta(1)
except OverflowError as e:
    print("OverflowError:", e)
print(d == date(2024, 2, 29), d != date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2025, 1, 1), d == "2024-02-29")
print(sorted([date(2024, 1, 2), date(2023, 5, 5), date(2024, 1, 1)]))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
fmt = "%Y|%m|%d|%y|%b|%B|%a|%A|%j|%U|%W|%w|%p|%I|%H|%M|%S|%f|%z|%Z|%%|%c|%x|%X"
for x in [date(2024, 1, 1), date(2023, 12, 31), date(1999, 7, 4), date(2021, 1, 3), date(5, 6, 7), date(1900, 1, 1)]:
    print(x.strftime(fmt))
print(format(d, "%d %B %Y"), f"{d}", f"{d:%A}", "{:%m/%d}".format(d))
print(d.timetuple())
print(d.timetuple().tm_yday, tuple(date(2023, 12, 31).timetuple()))
class MyDate(date):
    def tomorrow(self):
        return self + timedelta(1)
m = MyDate(2024, 12, 31)
print(repr(m), m.tomorrow(), type(m.tomorrow()).__name__, type(m.replace(day=1)).__name__, type(MyDate.fromordinal(5)).__name__)
print(type(MyDate.fromisoformat("2024-01-01")).__name__, m == date(2024, 12, 31))
# weekday table for a year
print("".join(str(date(2025, mo, 1).weekday()) for mo in range(1, 13)))
print(sum(date(y, 3, 1).toordinal() - date(y, 2, 28).toordinal() for y in range(1, 10000)))
