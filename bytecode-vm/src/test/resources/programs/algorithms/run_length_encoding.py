def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out = out + [(s[i], j - i)]
        i = j
    return out
def encode(s):
    return "".join(f"{n}{c}" for c, n in rle(s))
def decode(pairs):
    return "".join(c * n for c, n in pairs)
rle("aaabccdddd")
encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
decode(rle("mississippi")) == "mississippi"
rle("")
