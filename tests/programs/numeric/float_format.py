# Float formatting: str.format / f-strings / % with f, e, g, %, precision and alignment.
vals = [0.0, -0.0, 1.0, 0.5, 1/3, 123456.789, 1e-7, 1.5e16, -2.5, 1e100, float("inf"), float("nan")]
for spec in ("", "f", ".0f", ".2f", "10.3f", "<10.1f", "^12.2e", "e", ".3e", "E", "g", ".3g", ".10g",
             "G", "%", ".1%", "+.2f", " .2f", "010.2f", ",.2f", "_.1f", "#.0f", "#g", ".0e", "n", "r"):
    row = []
    for v in vals:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append("ValueError: " + str(e))
    print(repr(spec), row)
print("%f %.2f %e %.3E %g %G %10.4f %-10.2f| %+.1f %05.1f" % (3.14159, 2.71828, 12345.678, 0.000123, 1e-5, 1e20, 1.5, 2.5, 3.25, -1.5))
print("%s %r %a" % (0.1, 0.1, 1e300), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print(f"{3.14159:.{3}f}", f"{2.5:{'>'}{10}}", f"{1e-10:g}", f"{123456789.0:g}", f"{1e16:g}")
print(str(1e16), str(1.0e15), str(123e-20), repr(1.0), repr(10.0 ** 15), repr(1e-5 * 3))
