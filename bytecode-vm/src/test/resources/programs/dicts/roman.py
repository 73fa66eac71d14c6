vals = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
def roman(s):
    total = 0
    for i, c in enumerate(s):
        v = vals[c]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total
[roman(s) for s in ["III", "IV", "IX", "LVIII", "MCMXCIV", "MMXXIV"]]
roman("")
sum(roman(s) for s in ["X", "XX", "XXX"])
{s: roman(s) for s in ["CD", "XC", "XL"]}
