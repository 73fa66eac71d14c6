1 and 2 and 3
1 and 0 and 3
None or 0 or ""
[x or "default" for x in ("", "given", 0, None)]
(3 > 2) + (2 > 3)
not (1 and 0)
