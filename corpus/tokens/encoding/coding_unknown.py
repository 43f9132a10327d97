# coding: no-such-encoding-xyz
x = 1
