# -*- coding: latin-1 -*-
s = "café üß"
naïve = 1
