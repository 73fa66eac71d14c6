import unicodedata, sys
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
print(strip_accents("Crème Brûlée à la façon de Zoë, Ångström, naïve résumé"))
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
for s in ["hello", "日本語テキスト", "ｈａｌｆ", "한국어", "mixed 中文 text", "ｱｲｳ"]:
    print(repr(s), width(s), [unicodedata.east_asian_width(c) for c in s[:3]])
tot = 0; w = {}
for c in range(0, sys.maxunicode + 1, 7):
    ch = chr(c)
    tot += unicodedata.combining(ch)
    e = unicodedata.east_asian_width(ch)
    w[e] = w.get(e, 0) + 1
print(tot, sorted(w.items()))
print(unicodedata.combining("\u0301"), unicodedata.combining("a"), unicodedata.combining("\u05b0"))
