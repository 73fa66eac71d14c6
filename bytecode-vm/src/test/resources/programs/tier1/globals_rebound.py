# Globals a program keeps rebinding (a counter, a current state), read and written by compiled code.
COUNT = 0
STATE = 'a'
LIMIT = 10

def bump(k):
    global COUNT, STATE
    COUNT += k
    if COUNT > LIMIT:
        STATE = 'b' if STATE == 'a' else 'a'
        COUNT = 0
    return COUNT

def run(n):
    seen = []
    for i in range(n):
        seen.append((bump(i % 4), STATE, COUNT))
    return seen

for r in range(4):
    out = run(60)
    print(out[:5], out[-3:], COUNT, STATE)

def undefined_later():
    global LATE
    LATE = 1
    del_late()
    return LATE

def del_late():
    global LATE
    del LATE

try:
    undefined_later()
except NameError as e:
    print('NameError:', e)
