# checks 2/3/4-byte UTF-8 sequences in strings and comments (column offsets count code points)
s = "é€𝄞"; t = 1  # 𝄞 ok
u = "日本語" + s
