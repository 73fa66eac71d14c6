import os
import fora
executor = fora.connect(os.environ["FORA_URL"])
import math

RECORDS = [{"name": "n%d" % i, "score": (i * 37) % 101, "group": "abc"[i % 3]} for i in range(300)]

def stats(values):
    m = sum(values) / len(values)
    var = sum((v - m) ** 2 for v in values) / (len(values) - 1)
    return round(m, 6), round(math.sqrt(var), 6)

def group_by(rows, key):
    out = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out

with executor.remotely.downloadAll():
    groups = group_by(RECORDS, "group")
    summary = {g: stats([r["score"] for r in rows]) for g, rows in sorted(groups.items())}
    top = sorted(RECORDS, key=lambda r: (-r["score"], r["name"]))[:3]
    hist = [sum(1 for r in RECORDS if lo <= r["score"] < lo + 20) for lo in range(0, 101, 20)]
print(summary, [t["name"] for t in top], hist)
