from .sub import double
__all__ = ["double", "TRIPLE"]
TRIPLE = 3
