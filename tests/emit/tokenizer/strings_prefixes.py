x = u'x', U"y", Rb'z', bR'w', Fr'q', rF'p', rb'\d', BR"""z""", f'{1}', F"""{2}"""
