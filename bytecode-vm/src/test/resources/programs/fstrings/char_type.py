[f"{c:c}" for c in (72, 105, 0x1F600)]
f"{ord('A') + 2:c}"
"".join(f"{97 + i:c}" for i in range(5))
f"{0x41:c}{0x42:c}"
f"[{65:>3c}]"
