# Literal forms: numbers in every base, string prefixes and implicit concatenation, displays.
print(0b1011, 0o17, 0xFF, 0XdeadBEEF, 1_000_000, 0x_FF, 0b_1_0)
print(1e3, 1E-3, 1.5e+2, .5, 5., 0.000001, 1e-7, 1_0.0_1, 1e22, 1e16, 123456789012345678.0)
print(1j, 2.5j, 1e2j, 0j, type(3j).__name__)
print("a" "b" 'c', """triple""", '''single triple''', "tab\tnewline\\n", r"raw\n", R"\d+")
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101\0".encode("utf-8"))
print(b"\x00\xff" b"\n", rb"\x00", Br"raw bytes")
print("concat" f"{1 + 1}" "tail")
print((), (1,), (1, 2), [], [1], {}, {1}, {1: 2}, (1), ((1, 2)))
print(..., Ellipsis, None, True, False)
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
print(0 == -0, 0.0 == -0.0, repr(-0.0), 00, 0_0)
print(len("""line1
line2
line3"""), "line\
continued")
print('"quoted"', "'single'", '\'', "\"", 'mixed "both" \'kinds\'')
print(999999999999999999999999999999 + 1, -0x8000000000000000)
