# longest-match tokenization of operator prefixes
a***b
a<<<b
a>>>b
a====b
a->>b
a**=*b
a///b
a:==b
