# unclosed bracket at EOF
x = (1,
     2,
