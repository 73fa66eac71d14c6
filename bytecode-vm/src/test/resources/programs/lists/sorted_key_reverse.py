words = ["banana", "Apple", "cherry", "date", "fig"]
sorted(words)
sorted(words, key=len)
sorted(words, key=str.lower)
sorted(words, key=len, reverse=True)
sorted(words, key=lambda w: (len(w), w))
sorted([3, 1, 2], reverse=True)
