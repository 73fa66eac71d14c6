# calendar.HTMLCalendar: months, years and year pages as CPython's XHTML
import calendar
c = calendar.HTMLCalendar()
print(c.formatmonth(2024, 2))
print(c.formatmonth(2023, 12, withyear=False))
s = calendar.HTMLCalendar(firstweekday=6)
print(s.formatweekheader())
print(s.formatyear(2023, 4))
print(s.formatyear(2025, 5).count('<tr>'), len(s.formatyear(2025, 0)))
page = c.formatyearpage(2024, width=2, css='x.css')
print(type(page).__name__, len(page), page[:200])
print(calendar.HTMLCalendar().formatyearpage(2024, css=None, encoding='ascii')[-60:])


class Styled(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "empty"


print(Styled().formatmonth(2021, 8))
print(c.formatday(0, 3), c.formatday(9, 6), c.formatweekday(2), c.formatmonthname(2000, 1))
