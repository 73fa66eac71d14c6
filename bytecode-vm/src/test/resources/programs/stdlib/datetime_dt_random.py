# Randomised cross-check of calendar arithmetic, formatting and parsing.
import random
from datetime import date, datetime, time, timedelta, timezone

rng = random.Random(20240607)
zones = [timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8)),
         timezone(timedelta(minutes=-45), "ODD"), None]
acc = []
for i in range(400):
    o = rng.randint(1, 3652059)
    d = date.fromordinal(o)
    t = datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                 rng.choice([0, rng.randint(0, 999999)]), rng.choice(zones))
    delta = timedelta(days=rng.randint(-5000, 5000), seconds=rng.randint(-10**6, 10**6),
                      microseconds=rng.randint(-10**7, 10**7))
    try:
        u = t + delta
        s2 = u.isoformat()
    except OverflowError:
        s2 = "overflow"
    s = t.isoformat()
    back = datetime.fromisoformat(s)
    assert back == t and back.isoformat() == s, s
    if t.year >= 1000:
        p = datetime.strptime(t.strftime("%Y-%m-%d %H:%M:%S.%f"), "%Y-%m-%d %H:%M:%S.%f")
    else:
        p = t.replace(tzinfo=None)
    assert p == t.replace(tzinfo=None), s
    ic = d.isocalendar()
    assert date.fromisocalendar(*ic) == d
    if i < 25:
        print(repr(t), str(delta), s2, d.strftime("%a %d %b %Y %j %U %W %G %V"), ic)
    acc.append((t.weekday(), t.strftime("%j%U%W%w"), repr(delta), s2))
    if t.tzinfo is not None:
        acc.append((t.timestamp(), t.astimezone(timezone.utc).isoformat(), t.utcoffset().total_seconds()))
total = 0
for item in acc:
    for ch in repr(item):
        total = (total * 31 + ord(ch)) % 1000000007
print("checksum", total, len(acc))
# timedelta float arithmetic
tot = 0
for i in range(300):
    x = timedelta(microseconds=rng.randint(-10**12, 10**12))
    f = rng.uniform(-3, 3)
    n = rng.randint(1, 999)
    r = (x * f, x / f, x / n, x // n, x % timedelta(seconds=7), x / timedelta(seconds=3.5), timedelta(seconds=f, days=f / 3))
    if i < 5:
        print(r)
    for ch in repr(r):
        tot = (tot * 31 + ord(ch)) % 1000000007
print("td checksum", tot)
ts_tot = 0
for i in range(300):
    ts = rng.uniform(-2e9, 4e9)
    a = datetime.utcfromtimestamp(ts)
    b = datetime.fromtimestamp(ts, timezone(timedelta(hours=rng.randint(-12, 12))))
    if i < 5:
        print(ts, repr(a), repr(b), b.timestamp())
    for ch in repr((a, b, b.timestamp())):
        ts_tot = (ts_tot * 31 + ord(ch)) % 1000000007
print("ts checksum", ts_tot)
