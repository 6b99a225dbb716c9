# str<->int conversion digit limit (sys.set_int_max_str_digits) and its messages.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10**5000
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError", e)
print(len(hex(big)), len(bin(2**10000)), int("f" * 5000, 16).bit_length())
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits(), int("9" * 5500) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10**20000)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(4300)
print(len(str(10**4299)), len(repr(-(10**4299))))
try:
    repr(10**4300)
except ValueError as e:
    print("ValueError", e)
try:
    f"{10**4300}"
except ValueError as e:
    print("ValueError", e)
print(len(f"{10**4300:x}"), len("%x" % 10**4300))
