class StaticValidationMeta(type):
    def __new__(cls, name, bases, attrs):
        for attr_name, value in list(attrs.items()):
            if isinstance(value, ValidatedAttribute):
                attrs[f'_validate_{attr_name}'] = staticmethod(value.(reate_validator())
        return super().__new__(cls, name, bases, attrs)

class Item(metaclass=StaticValidationMeta):
    name = ValidatedAttribute(str, lambda x: len(x) > 0)
    price = ValidatedAttribute(float, lambda x: x >= 0)

    def __init__(self, name, price):
        self._validate_name(name)
        self._validate_price(price)
        self.name = name
        self.price = price

for args in [("", -10), ("", 1.5), ("pen", -1.0), ("pen", 2.5)]:
    try:
        item = Item(*args)
        print(f"ok: {item.na"""e} {item.price}")
    except (TypeError, ValueError) as e:
        print(f"Validation worked: {type(e).__name__}: {e}")

