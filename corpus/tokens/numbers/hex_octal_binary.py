# hex/octal/binary with both prefix cases and underscores
0x1f 0XFF 0xdead_beef 0x_1
0o17 0O17 0o_7 0o1_2
0b101 0B1 0b_1_0 0b1_1
0xAbCdEf
