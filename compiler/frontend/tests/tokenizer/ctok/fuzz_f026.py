class GenericBox:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.<__name__}]"
print(GenericBox[int])

