x = 7
if x > 5:
    label = "big"
else:
    label = "small"
label
if x % 2:
    parity = "odd"
parity
