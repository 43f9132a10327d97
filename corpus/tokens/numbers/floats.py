# float literal forms
1.
.5
1.5
1.5e10
1e-3
1E+3
1e0
0.0
00.5
1_0.0_1e1_0
.5e-5
1.e5
0e0
