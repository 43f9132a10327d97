# CJK identifiers
变量 = 1
関数名 = 変数 = 2
한글 = 3
