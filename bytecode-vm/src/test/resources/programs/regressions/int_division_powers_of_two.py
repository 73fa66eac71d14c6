# Floor division and modulo by powers of two (shifts and masks) for every sign and size.
[(x // 2, x % 2, x // 8, x % 8, x // 1, x % 1, x // 4096, x % 4096) for x in [-17, -16, -1, 0, 1, 15, 16, 2**62, -2**62, -2**63, 2**63 - 1]]
