# Folding stops at CPython's size limits for ints, strings, bytes and tuples.
pow_fold = 2 ** 64
pow_nofold = 2 ** 65
pow_big_base = 10 ** 38
shift_fold = 1 << 127
shift_nofold = 1 << 128
mul_int_fold = (2 ** 60) * (2 ** 60)
mul_int_nofold = (2 ** 64) * (2 ** 64) * 2
str_fold = "a" * 4096
str_nofold = "a" * 4097
str2_fold = "ab" * 2048
str2_nofold = "ab" * 2049
bytes_fold = b"x" * 4096
bytes_nofold = b"x" * 4097
tuple_fold = (1,) * 256
tuple_nofold = (1,) * 257
tuple2_fold = (1, 2) * 128
tuple2_nofold = (1, 2) * 129
neg_repeat = "abc" * -1
zero_repeat = (1, 2) * 0
concat = "abc" + "def"
bconcat = b"ab" + b"cd"
tconcat = (1, 2) + (3,)
print(pow_fold, pow_nofold, pow_big_base, shift_fold, shift_nofold, mul_int_fold, mul_int_nofold)
print(len(str_fold), len(str_nofold), len(str2_fold), len(str2_nofold), len(bytes_fold), len(bytes_nofold))
print(len(tuple_fold), len(tuple_nofold), len(tuple2_fold), len(tuple2_nofold), neg_repeat, zero_repeat, concat, bconcat, tconcat)
