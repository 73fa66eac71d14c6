def shift(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.isalpha() else c for c in s)
secret = shift("attack at dawn", 11)
secret
def score(s):
    return sum(s.count(c) for c in "etaoin")
best = max(range(26), key=lambda k: score(shift(secret, -k)))
best
shift(secret, -best)
