text = "the cat and the hat and the bat"
words = text.split()
freq = {w: words.count(w) for w in words}
freq
sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
max(freq, key=freq.get)
