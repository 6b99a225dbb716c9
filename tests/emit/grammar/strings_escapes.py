# String escapes, including invalid ones (CPython warns but accepts them).
valid = "\\ \' \" \a \b \f \n \r \t \v \0 \7 \77 \177 \x7f \u00ff \U0001F40D \N{SNAKE}"
invalid = "\d \w \[ \q"
raw_invalid = r"\d \w"
bytes_esc = b"\x00 \xff \777" if False else b"\x00 \xff \177"
bytes_invalid = b"\d"
octal_big = "\400"
newline_cont = "abc\
def"
mixed = 'single "double" \'escaped\''
tab_in_string = "	literal tab"
