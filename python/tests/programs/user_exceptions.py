import os
import fora
executor = fora.connect(os.environ["FORA_URL"])

class ValidationError(Exception):
    pass

def check(x):
    if x < 0:
        raise ValidationError("negative: %d" % x)
    return x * 2

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")

with executor.remotely.downloadAll():
    results = []
    for v in [3, -1, 5]:
        try:
            results.append(check(v))
        except ValidationError as e:
            results.append(str(e))
    divs = [safe_div(1, d) for d in [2, 0, 4]]
print(results, divs)
for bad in ["key", "attr", "custom"]:
    try:
        with executor.remotely.downloadAll():
            if bad == "key":
                r = {}["missing"]
            elif bad == "attr":
                r = (1).nope
            else:
                r = check(-5)
    except Exception as e:
        print(type(e).__name__, e)
