b = b'abcd\x'
