for args in [("", -10), ("", 1.5), ("pen", -1.0), ("pen", 2.5)]:
    try:
        product = Product(*args)
        print(f"ok: {product.name} {product.price}")
    except (TypeError, ValueError) as e:
        print(f"Validation worked: {type(e).__name__}: {e}")

print(sorted(k for k in  vars(Product) if k.startswith("_validate")))

# The seed stores plain functions in the class, so they bind as methods and the
# calls above fail with an argument-count TypeError. Wrapped in staticmethod,
# the validators run as intended.
class StaticValidationMeta(type):
    def __new__(cls, name, bases, attrs):
        for attr_name, value in list(attrs.items()):
            if isinstance(value, ValidatedAttribute):
                attrs[f'_validate_{attr_name}'] = staticmethod(value.create_validator())
