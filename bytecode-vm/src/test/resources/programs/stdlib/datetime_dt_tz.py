import datetime as dtmod
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC

def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace("'datetime.datetime'", "'datetime'").replace("'datetime.date'", "'date'"))

print(repr(timezone.utc), str(timezone.utc), UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
tz1 = timezone(timedelta(hours=1))
tz2 = timezone(timedelta(hours=5, minutes=30), "IST")
tz3 = timezone(-timedelta(hours=3, minutes=15, seconds=7, microseconds=5))
for tz in (tz1, tz2, tz3, timezone.min, timezone.max, timezone(timedelta(0), "Z0")):
    print(repr(tz), str(tz), tz.tzname(None), repr(tz.utcoffset(None)), tz.dst(None))
print(tz1 == timezone(timedelta(hours=1), "X"), tz1 == tz2, hash(tz1) == hash(timezone(timedelta(hours=1))))
err(lambda: timezone(timedelta(hours=24)))
err(lambda: timezone(3600))
err(lambda: tz1.utcoffset(5))

dt = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
print(repr(dt), str(dt), dt.isoformat())
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3)), repr(datetime(2024, 1, 2, 0, 0, 7)), repr(datetime(2024, 1, 2, 0, 0, 0, 8)))
print(repr(datetime(2024, 1, 2, 3, 4, 5, 6, tz2, fold=1)))
x = datetime(2024, 3, 10, 22, 30, 15, 250000, tzinfo=tz2)
print(x, x.isoformat(sep=" ", timespec="milliseconds"), x.isoformat(timespec="hours"), x.isoformat(timespec="minutes"))
print(x.isoformat(timespec="seconds"), x.isoformat(timespec="microseconds"))
err(lambda: x.isoformat(timespec="nanos"))
print(x.utcoffset(), x.tzname(), x.dst(), x.date(), x.time(), repr(x.timetz()))
print(x.astimezone(timezone.utc), x.astimezone(tz3), x.astimezone(tz2) is x)
print(x.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=tz1).timestamp())
print(repr(datetime.fromtimestamp(1700000000, timezone.utc)), repr(datetime.fromtimestamp(1700000000.5, tz2)))
print(repr(datetime.utcfromtimestamp(0)), repr(datetime.utcfromtimestamp(-1.25)), repr(datetime.utcfromtimestamp(1e9 + 0.0000005)))
print(repr(datetime.fromtimestamp(0, tz=UTC)))
print(x.utctimetuple())
print(x.timetuple())
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f%z %Z %I%p %c"), dt.strftime("%z|%Z"), datetime(2024, 1, 1).strftime("[%z][%Z]"))
print(datetime(2024, 1, 1, 15, tzinfo=tz3).strftime("%z %Z"))
print(x.ctime(), f"{x:%H.%M}", format(x, ""))
a = datetime(2024, 1, 1, 12, tzinfo=tz1)
b = datetime(2024, 1, 1, 11, tzinfo=timezone.utc)
print(a == b, a < b, a - b, hash(a) == hash(b), b - timedelta(hours=11, minutes=1))
n = datetime(2024, 1, 1, 11)
print(a == n, a != n)
err(lambda: a < n)
err(lambda: a - n)
print(repr(n - datetime(2023, 12, 31)), repr(datetime(2023, 12, 31) - n))
print(n + timedelta(days=400, microseconds=1), timedelta(seconds=-1) + n)
err(lambda: datetime.max + timedelta(microseconds=1))
print(n == n.date(), n.date() == n, n != date(2024, 1, 1))
err(lambda: n < date(2025, 1, 1))
err(lambda: date(2025, 1, 1) > n)
err(lambda: n - date(2024, 1, 1))
print(datetime.combine(date(2024, 5, 6), time(7, 8, 9, 10, tz1)), repr(datetime.combine(date(2024, 5, 6), time(7, 8), tzinfo=UTC)))
print(repr(n.replace(tzinfo=UTC)), repr(a.replace(tzinfo=None)), repr(a.replace(hour=0, fold=1)))
print(sorted([a, b, datetime(2024, 1, 1, 10, 59, tzinfo=UTC)]))

# times
t = time(13, 5, 9, 123456, tzinfo=tz3)
print(repr(t), str(t), t.isoformat("milliseconds"), t.utcoffset(), t.tzname())
print(repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 5)), repr(time(4, fold=1)), time.min, time.max, repr(time.resolution))
print(t.replace(hour=1, tzinfo=None), t.strftime("%H:%M:%S %f %p %z %Z %Y-%m-%d"))
print(time(1, 2) < time(1, 3), time(12, tzinfo=tz1) == time(11, tzinfo=UTC), time(12) == time(12, tzinfo=UTC))
err(lambda: time(12) < time(12, tzinfo=UTC))
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    err(lambda: time(*args))
print(bool(time()), f"{t:%H}", format(time(9), ""))

# fromisoformat
for s in ["2024-01-02", "2024-01-02T03", "2024-01-02T0304", "2024-01-02T03:04", "2024-01-02 03:04:05",
          "2024-01-02T03:04:05.1", "2024-01-02T03:04:05,123", "2024-01-02T03:04:05.1234567", "20240102T030405Z",
          "2024-01-02T03:04:05+01:00", "2024-01-02T03:04:05-0530", "2024-01-02T03:04:05+00:00", "2024-01-02T03:04+05",
          "2024-W02-3T10:00", "2024W023T1000", "2024-01-02X03:04", "2024-01-02T03:04:05.123+01:02:03.456",
          "2024-01-02T", "2024-01-02T3:04", "2024-01-02T03:4", "2024-01-02T03:04:05.", "2024-01-02T25:00",
          "2024-01-02T03:04:05+1", "2024-01-0203:04", "x", "2024-01-02T03:04:05Z0"]:
    err(lambda: datetime.fromisoformat(s))
for s in ["03:04", "T03:04:05", "0304", "030405.5", "03:04:05+02:00", "03:04:05Z", "03", "3:04", "03:04:05.123456789"]:
    err(lambda: time.fromisoformat(s))
r = datetime(2024, 7, 8, 9, 10, 11, 120000, tzinfo=tz2)
print(datetime.fromisoformat(r.isoformat()) == r, repr(datetime.fromisoformat(str(r))))

# strptime
for s, f in [("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"),
             ("02/01/24", "%d/%m/%y"), ("31/12/69", "%d/%m/%y"),
             ("Tue Jan  2 03:04:05 2024", "%c"), ("March 5, 2021 10:30 PM", "%B %d, %Y %I:%M %p"),
             ("5 mar 2021 12:01 am", "%d %b %Y %I:%M %p"),
             ("2024-01-02T03:04:05.123+0530", "%Y-%m-%dT%H:%M:%S.%f%z"),
             ("2024-01-02 03:04:05 -01:30", "%Y-%m-%d %H:%M:%S %z"),
             ("2024-01-02 Z", "%Y-%m-%d %z"),
             ("2024 100", "%Y %j"), ("2024 1 1", "%Y %W %w"), ("2024 0 0", "%Y %U %w"), ("2023 52 6", "%Y %U %w"),
             ("2024-W05-3", "%G-W%V-%u"),
             ("12:30", "%H:%M"), ("100%", "%S%%"), ("Monday 2024-01-01", "%A %Y-%m-%d"),
             ("2024-01-02", "%Y-%m-%d %H"), ("2024-01-02 10", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"),
             ("29 Feb", "%d %b"), ("2024-01-02 UTC", "%Y-%m-%d %Z"), ("x", "%Q")]:
    err(lambda: datetime.strptime(s, f))

# custom tzinfo with DST
class Eastern(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 10, 2)
        end = datetime(dt.year, 11, 3, 1)
        if start <= dt.replace(tzinfo=None) < end:
            return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
    def __repr__(self):
        return "Eastern()"
E = Eastern()
u = datetime(2024, 7, 1, 12, tzinfo=timezone.utc)
print(repr(u.astimezone(E)), u.astimezone(E).tzname(), datetime(2024, 1, 1, 12, tzinfo=timezone.utc).astimezone(E))
print(datetime(2024, 7, 1, 8, tzinfo=E) == u, datetime(2024, 7, 1, 8, tzinfo=E).strftime("%Z %z"))
class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
class Bad2(tzinfo):
    def utcoffset(self, dt):
        return timedelta(days=1)
err(lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset())
err(lambda: datetime(2024, 1, 1, tzinfo=Bad2()).utcoffset())
err(lambda: datetime(2024, 1, 1, tzinfo=5))
err(lambda: tzinfo().utcoffset(None))
class MyDT(datetime):
    pass
m = MyDT(2024, 1, 1, tzinfo=tz1)
print(repr(m), type(m + timedelta(1)).__name__, type(m.astimezone(UTC)).__name__, repr(MyDT.fromisoformat("2024-01-01")))
print(datetime.min, datetime.max, repr(datetime.resolution), isinstance(n, date))
print(dtmod.datetime(2024, 1, 1).isocalendar(), n.weekday(), n.toordinal())
