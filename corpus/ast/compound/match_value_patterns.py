# value patterns (dotted names)
match color:
    case Color.RED:
        pass
    case Color.GREEN | Color.BLUE:
        pass
    case mod.sub.CONSTANT:
        pass
    case self.attr:
        pass
    case [Color.RED, x]:
        pass
    case {Color.RED: value}:
        pass
