def unique(words):
    return sorted({c for w in words for c in w})
unique(["hello", "world"])
"".join(unique(["banana", "bandana"]))
len(unique([]))
