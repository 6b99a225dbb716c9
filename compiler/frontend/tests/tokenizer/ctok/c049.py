0o7or 1
