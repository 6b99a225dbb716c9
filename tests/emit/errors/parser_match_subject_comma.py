match {1 1: 2}:
    case {1: _}: pass
