# expect: PurityError at 3:1 item
d = {}
d["k"] = "v"
d
