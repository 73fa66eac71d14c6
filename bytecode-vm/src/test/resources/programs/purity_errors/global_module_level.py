# expect: PurityError at 2:1 global
global total
total = 5
total
