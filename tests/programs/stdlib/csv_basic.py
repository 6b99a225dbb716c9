# csv: reading (quotes, embedded newlines, escapes, dialect options,
# errors) and writing (quoting modes, escaping), DictReader/DictWriter.
import csv
import io

rows = [["a", "b,c", 'd"e', "f\ng", "", None, 1.5, 10, True], [""], [], ["x y", " lead"]]
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    s = io.StringIO()
    w = csv.writer(s, quoting=q)
    print([w.writerow(r) for r in rows])
    print(repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"d', "e\\f"])
csv.writer(s, doublequote=False, escapechar="\\").writerow(['q"q', "r"])
csv.writer(s, dialect="unix").writerows([[1, "two"], ["x\ry"]])
csv.writer(s, delimiter="\t", lineterminator="\n").writerow(["tab\tbed", "ok"])
print(repr(s.getvalue()))
for bad in [lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
            lambda: csv.writer(io.StringIO(), delimiter="::"), lambda: csv.writer(io.StringIO(), quoting=9),
            lambda: csv.writer(io.StringIO()).writerow(5)]:
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)

text = 'a,b,c\r\n"x,y","he said ""hi""",3\n"multi\nline",, z \n\n  sp, q\n'
print(list(csv.reader(io.StringIO(text))))
print(list(csv.reader(io.StringIO(text), skipinitialspace=True)))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(['1,"2",three'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError", e)
for bad in ['a,"b"c', '"abc', "a\nb\n"]:
    for strict in (False, True):
        try:
            print(repr(bad), strict, list(csv.reader([bad], strict=strict)))
        except csv.Error as e:
            print(repr(bad), strict, "Error", e)
r = csv.reader(["a\n", "b\r\n", "c"])
print(next(r), r.line_num, r.dialect.delimiter, list(r), r.line_num)
print(list(csv.reader(['a;b;"c;d"'], delimiter=";")), list(csv.reader(["a\tb"], dialect="excel-tab")),
      list(csv.reader(["a\\,b,c"], escapechar="\\")), list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.DictReader(io.StringIO("n,v\n1,2\n3\n4,5,6\n\n7,8\n"))))
print(list(csv.DictReader(io.StringIO("1,2\n"), fieldnames=["a", "b"], restkey="rest")),
      list(csv.DictReader(io.StringIO("1\n"), fieldnames=["a", "b"], restval="?")))
out = io.StringIO()
dw = csv.DictWriter(out, ["n", "v"])
dw.writeheader()
dw.writerow({"n": 1})
dw.writerows([{"n": 2, "v": "x,y"}])
print(repr(out.getvalue()))
try:
    dw.writerow({"zz": 1})
except ValueError as e:
    print("ValueError", e)
csv.DictWriter(out, ["n"], extrasaction="ignore").writerow({"n": 9, "extra": 1})
print(repr(out.getvalue()[-3:]))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(csv.list_dialects(), list(csv.reader(["a|b"], "pipes")), csv.get_dialect("pipes").quoting)
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error", e)


class Semi(csv.excel):
    delimiter = ";"


s = io.StringIO()
csv.writer(s, Semi).writerow(["a", "b;c"])
print(repr(s.getvalue()), csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
