SETTING = "fast"
print("loading config")
