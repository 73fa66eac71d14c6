import os
import fora
executor = fora.connect(os.environ["FORA_URL"])
import re, collections

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""

def words(text):
    return re.findall(r"[a-z]+", text.lower())

def caesar(s, k):
    return "".join(chr((ord(ch) - 97 + k) % 26 + 97) if ch.isalpha() else ch for ch in s.lower())

def palindromes(ws):
    return sorted({w for w in ws if len(w) > 2 and w == w[::-1]})

with executor.remotely.downloadAll():
    ws = words(TEXT)
    freq = collections.Counter(ws).most_common(5)
    enc = caesar("Hello, World", 3)
    dec = caesar(enc, -3)
    lens = {w: len(w) for w in set(ws)}
    pal = palindromes(ws + ["level", "noon", "abc"])
    title = " ".join(w.capitalize() for w in ws[:6])
print(freq, enc, dec, sorted(lens.items())[:5], pal, title)
