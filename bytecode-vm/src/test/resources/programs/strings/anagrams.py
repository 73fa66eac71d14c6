def key(w):
    return "".join(sorted(w))
words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]
groups = {}
groups = {key(w): tuple(x for x in words if key(x) == key(w)) for w in words}
sorted(groups.values())
key("anagram") == key("nagaram")
