flags = [True, False, True, True]
sum(flags)
flags.count(True)
[not f for f in flags]
[i for i, f in enumerate(flags) if f]
