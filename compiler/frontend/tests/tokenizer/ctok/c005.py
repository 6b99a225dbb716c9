a = """abc

