x = b"\xzz"
