def is_pal(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]
[is_pal(s) for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]]
is_pal("Was it a car or a cat I saw?")
[w for w in "level noon test kayak data".split() if is_pal(w)]
