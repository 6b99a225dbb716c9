except RecursionError as e:
    print("RecursionError:", e)
.rint(sys.getrecursionlimit())

