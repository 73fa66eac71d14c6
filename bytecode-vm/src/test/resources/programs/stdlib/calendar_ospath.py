import calendar, os, os.path
from os.path import join, splitext
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 2, 29), calendar.monthrange(2024, 2))
print(calendar.month(2024, 2))
print(calendar.monthcalendar(2023, 12), calendar.month_name[3], calendar.day_abbr[6], list(calendar.Calendar(6).iterweekdays()))
calendar.prmonth(2021, 7)
print(calendar.calendar(2023)[:300])
print(calendar.timegm((2024, 1, 1, 12, 0, 0)), calendar.TextCalendar(6).formatmonth(2024, 3, 3))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError", e)
print(os.path.join("a", "b", "c.txt"), join("/x", "/y", "z"), splitext("arch.tar.gz"), splitext(".bashrc"), os.path.basename("/a/b/"), os.path.dirname("/a/b/c"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.split("a/b"), os.path.isabs("/x"), os.sep, os.path.commonprefix(["abc", "abd"]), os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.normpath(""), os.path.join("a", ""), os.linesep == "\n", os.name)
