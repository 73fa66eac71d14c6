# Assigning attributes of builtin values, and bytes() of what cannot be converted: CPython's messages.
for o, n in [(1,'real'),(1,'imag'),(1,'numerator'),(2.5,'real'),(1j,'real'),(1j,'imag'),(1,'foo'),('s','foo'),([],'append'),(slice(1),'start'),(range(3),'start'), (True, 'real')]:
  try: setattr(o, n, 2)
  except AttributeError as e: print(type(o).__name__, n, e)
class Plain: pass
for src in [Plain(), 3.5, None]:
    try: bytes(src)
    except TypeError as e: print(e)
    try: bytearray(src)
    except TypeError as e: print(e)
