# leading

   # indented comment
x = [  # after bracket
  1,  # one
# column zero inside
  2,
]  # close
if x:  # colon
    pass
    # trailing in block
# dedent comment
