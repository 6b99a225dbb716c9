x = ("abc
