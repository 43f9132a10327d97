# != and stray ! combinations
a != b
a !== b
a !!= b
a=!b
