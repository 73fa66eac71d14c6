d = {"k": "v", "n": 3}
f"{d['k']}"
f"{d['n'] * 2}"
f'{d["k"]}-{d["n"]}'
f"{'quoted'}"
f"""{"triple"} {'mixed'}"""
