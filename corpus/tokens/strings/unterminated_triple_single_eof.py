# unterminated triple-single-quoted string, no trailing newline
s = '''abc