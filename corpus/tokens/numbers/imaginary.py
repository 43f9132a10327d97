# imaginary literals
1j
1J
1.5J
1e3j
.5j
1.j
0j
1_0j
00j
0777j
