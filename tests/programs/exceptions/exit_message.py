print("about to exit")
raise SystemExit("fatal: configuration missing")
