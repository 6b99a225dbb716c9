#!/usr/bin/env python3
# A comment on the first lines.

# Blank lines and comments between statements.


x = 1  # trailing comment
    # indented comment at module level

def f():
    # comment as first line of a body
    return 1
    # comment after the last statement

        # over-indented comment
#comment without space
if x:  # comment after colon
    pass
#
##
# end
