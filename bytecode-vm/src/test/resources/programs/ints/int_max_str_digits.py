# sys.set_int_max_str_digits: CPython 3.11's guard on int/str conversion, per computation.
import sys
big = 10 ** 5000
print(sys.get_int_max_str_digits())
try:
    str(big)
except ValueError as e:
    print('ValueError:', e)
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits(), int('7' * 5500) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print('ValueError:', e)
