with (
    cm() as a a,
    cm(),
):
    pass
