@dec
    def f(): pass
