def sign(x):
    return 1 if x > 0 else (-1 if x < 0 else 0)
[sign(x) for x in (-3, 0, 8)]
def grade(s):
    return "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
[grade(s) for s in (95, 85, 75, 10)]
