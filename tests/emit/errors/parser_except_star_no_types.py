try:
    pass
except* # comment
    pass
