# Comments and blank lines around indentation changes (tokenize ordering).
def f():
    x = 1
    # comment at body level before dedent

# comment at column 0 between definitions
def g():
    if True:
        pass
        # deeper comment
    # middle comment

    return 1
        # over-indented trailing comment
class C:
    def m(self):
        pass
  # under-indented comment
    def n(self):
        pass


# final comment after two blank lines
if True:
    pass
    
	
# comment after whitespace-only lines
for i in []:
    pass
# last
