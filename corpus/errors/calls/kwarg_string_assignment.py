dict('key'=1)
