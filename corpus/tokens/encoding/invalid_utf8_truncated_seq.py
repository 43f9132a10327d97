# truncated 3-byte UTF-8 sequence on line 3
x = 1
s = "â‚"
