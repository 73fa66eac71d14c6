vowels = 0
for ch in "functional programming":
    if ch in "aeiou":
        vowels += 1
vowels
prod = 1
for n in (2, 3, 7):
    prod *= n
prod
