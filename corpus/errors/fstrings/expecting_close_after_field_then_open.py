s = f'{a!r}{'
