def unique(it):
    seen = frozenset()
    for x in it:
        if x not in seen:
            seen = seen | {x}
            yield x
list(unique([3, 1, 3, 2, 1, 5]))
"".join(unique("abracadabra"))
