ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
def spell(n):
    return "-".join(ones[int(d)] for d in str(n))
spell(2024)
spell(7)
[spell(n) for n in (10, 99, 305)]
