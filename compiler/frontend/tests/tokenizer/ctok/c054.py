x = f"{a!r:>{w}}" rb"x" Rb'y' BR"""z""" u"q" F'''
'''
