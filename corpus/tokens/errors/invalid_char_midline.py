# invalid characters tokenize as ERRORTOKEN/OP
x = 1 $ 2 ? 3 ` 4
