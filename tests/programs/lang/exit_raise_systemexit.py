# raise SystemExit with a non-int, non-str code prints it to stderr, status 1.
print("start")
raise SystemExit(["list", "code"])
