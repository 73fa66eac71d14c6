def vowels(s):
    return sum(1 for c in s.lower() if c in "aeiou")
vowels("Programming Language")
[vowels(w) for w in "the quick brown fox".split()]
max("the quick brown fox".split(), key=vowels)
