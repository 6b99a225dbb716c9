x = "# not a comment"  # comment
y = '#'
