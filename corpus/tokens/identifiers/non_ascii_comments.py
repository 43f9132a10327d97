# comment with non-ASCII: café, 日本語, 😀, Ελληνικά
x = 1  # trailing ü 𝄞
