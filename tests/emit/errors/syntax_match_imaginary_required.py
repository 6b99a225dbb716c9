match x:
    case 1 + 1.5:
        pass
