text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs"""
words = text.split()
freq = {w: words.count(w) for w in sorted(set(words))}
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
top
len(freq)
{n: sorted(w for w, c in freq.items() if c == n) for n in sorted(set(freq.values()))}
