match something:
    case []:
        ...
    case {}:
pass
