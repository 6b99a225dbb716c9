# Every number literal form.
ints = [0, 1, 42, 1_000_000, 00, 0_0, 0x1F, 0XdeadBEEF, 0x_ff, 0o17, 0O7_7, 0b1010, 0B_1_0]
big = 123456789012345678901234567890
floats = [0.0, 1., .5, 1.5, 1e10, 1E-5, 1.5e+3, 1_0.0_1, 1e1_0, 0e0, 00.5, 0_1.5, 1_1e1_1]
imag = [1j, 1J, 1.5j, .5j, 1e3j, 1_0j, 0j, 00j, 1.j]
mixed = 1 + 2j, -3.5e-2j
huge = 1e400
hexfloat_like = 0x1.real if False else 0
attr = 1 .real, 1.0.imag, 1j.imag
