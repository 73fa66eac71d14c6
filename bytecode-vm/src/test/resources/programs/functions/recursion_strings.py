def rev(s):
    return s if len(s) <= 1 else rev(s[1:]) + s[0]
rev("recursion")
def count_char(s, c):
    return 0 if not s else (s[0] == c) + count_char(s[1:], c)
count_char("banana", "a")
def binary(n):
    return "0" if n == 0 else ("" if n == 1 else binary(n // 2)) + str(n % 2) if n else "0"
[binary(n) for n in range(9)]
