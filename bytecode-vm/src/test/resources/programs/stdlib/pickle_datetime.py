import pickle
import datetime
from datetime import date, time, timedelta, timezone, tzinfo


class FixedTZ(tzinfo):
    def __init__(self, minutes=0, name='F'):
        self.minutes = minutes
        self.name = name

    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'FixedTZ(%r, %r)' % (self.minutes, self.name)


class MyDate(date):
    pass


tz2 = timezone(timedelta(hours=2))
tzn = timezone(timedelta(hours=-5, minutes=-30), 'IST-ish')
ftz = FixedTZ(90, 'Ninety')
values = [date(1980, 5, 7), date(1, 1, 1), date(9999, 12, 31),
          datetime.datetime(1980, 5, 7, 11, 4, 5),
          datetime.datetime(2024, 2, 29, 23, 59, 59, 999999),
          datetime.datetime(2021, 11, 7, 1, 30, fold=1),
          datetime.datetime(2000, 1, 1, tzinfo=timezone.utc),
          datetime.datetime(2000, 1, 1, 12, tzinfo=tz2),
          datetime.datetime(2000, 1, 1, 12, tzinfo=tzn),
          datetime.datetime(2000, 1, 1, 12, tzinfo=ftz),
          time(), time(11, 4, 5), time(23, 59, 59, 123456),
          time(1, 2, 3, tzinfo=tz2), time(1, 30, fold=1),
          timedelta(), timedelta(1, 2, 3), timedelta(-1),
          timedelta(days=-5, microseconds=7), timedelta(999999999),
          timezone.utc, tz2, tzn, ftz, MyDate(2020, 1, 2),
          [date(2000, 1, 1), date(2000, 1, 1)],
          {'birthday': date(1980, 5, 7), 'when': time(8)}]

for p in range(pickle.HIGHEST_PROTOCOL + 1):
    print('--- protocol', p)
    for v in values:
        data = pickle.dumps(v, p)
        print(data)
        back = pickle.loads(data)
        if isinstance(v, FixedTZ):
            print('  ', type(back).__name__, back.minutes, back.name)
        else:
            print('  ', type(back).__name__, back == v, repr(back))
        if isinstance(v, (datetime.datetime, time)):
            print('   fold', back.fold, 'tz', back.tzinfo is v.tzinfo or
                  back.tzinfo == v.tzinfo if not isinstance(v.tzinfo, FixedTZ)
                  else back.tzinfo.name)

print(pickle.loads(pickle.dumps(timezone.utc)) is timezone.utc)
# py2-style datetime pickle (latin-1 str state)
p2 = b"cdatetime\ndatetime\np0\n(S'\\x07\\xbc\\x05\\x07\\x0b\\x04\\x05\\x00\\x00\\x00'\np1\ntp2\nRp3\n."
print(repr(pickle.loads(p2, encoding='latin1')))
p2d = b"cdatetime\ndate\np0\n(S'\\x07\\xd0\\x01\\x01'\np1\ntp2\nRp3\n."
print(repr(pickle.loads(p2d, encoding='latin1')))
print(repr(pickle.loads(p2d, encoding='bytes')))
