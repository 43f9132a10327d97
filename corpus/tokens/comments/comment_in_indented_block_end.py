# comments at block end come before the DEDENT
if 1:
    x = 1
    # trailing comment in block
# column-0 comment before dedent
y = 2
