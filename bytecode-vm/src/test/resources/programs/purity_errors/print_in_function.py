# expect: PurityError at 4:5 print
def shout(s):
    r = s.upper()
    print(r)
    return r
shout("hi")
