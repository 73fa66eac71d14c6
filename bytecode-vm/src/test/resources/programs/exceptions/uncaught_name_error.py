a = 1
b = a * 2
(a, b)
def uses_missing():
    return foo + 1
"defined fine"
uses_missing()
