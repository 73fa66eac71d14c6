def dedupe(v):
    out = []
    for x in v:
        if x not in out:
            out = out + [x]
    return out
dedupe([3, 1, 3, 2, 1, 4])
dedupe("mississippi")
dedupe([])
