# -*- coding: latin-1 -*-
s = 'été'
t = (1, 2]
