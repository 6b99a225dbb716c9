# Non-ASCII text in literals; columns are UTF-8 byte offsets.
é = 'héllo wörld'
日本 = "日本語" '中文'
x = ("αβγ"
     "δεζ")
emoji = '😀' + "👍🏽"
mixed = 'aé' 'b' "€"
combining = 'e\u0301' + 'é'
rtl = 'שלום'
