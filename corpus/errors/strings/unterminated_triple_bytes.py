b = b'''abc
