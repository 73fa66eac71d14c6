# Counting words of a generated text with collections.Counter and a dict, then the most common.
import collections
import random

random.seed(1)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa']
text = ' '.join(random.choice(words) + str(random.randrange(50)) for _ in range(200000))
counts = collections.Counter(text.split())
by_hand = {}
for w in text.split():
    by_hand[w] = by_hand.get(w, 0) + 1
print(counts.most_common(3), len(by_hand), by_hand == dict(counts))
