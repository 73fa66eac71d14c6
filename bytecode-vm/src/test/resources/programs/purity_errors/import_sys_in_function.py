# expect: PurityError at 3:5 import
def argv():
    import sys
    return sys.argv
argv()
