def shift(s, k):
    out = ""
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out += chr((ord(c) - base + k) % 26 + base)
        else:
            out += c
    return out
shift("Hello, World!", 3)
shift(shift("Hello, World!", 3), -3)
shift("xyz", 30)
