def noop():
    pass
noop()
for i in range(3):
    pass
i
if True:
    pass
else:
    z = 1
"done"
