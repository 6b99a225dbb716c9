import a as None
