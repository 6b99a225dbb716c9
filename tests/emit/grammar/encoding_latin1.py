# -*- coding: latin-1 -*-
# An encoding declaration (PEP 263): the bytes below are Latin-1.
s = "café"
name = "Müller"
été = 1
