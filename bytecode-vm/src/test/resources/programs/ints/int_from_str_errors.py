def parse(s, base=10):
    try:
        return int(s, base)
    except ValueError as e:
        return str(e)
parse("12")
parse("1.5")
parse("")
parse("8", 8)
parse("g", 16)
parse("-0x10", 16)
