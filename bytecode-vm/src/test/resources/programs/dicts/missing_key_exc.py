snapshot = {**{"apple": 3}, "pear": 0}
sorted(snapshot)
stock = {"apple": 3, "pear": 0}
stock["apple"]
stock.get("kiwi", 0)
stock["kiwi"]
