# expect: PurityError at 4:5 global
counter = 0
def bump():
    global counter
    counter = counter + 1
    return counter
bump()
