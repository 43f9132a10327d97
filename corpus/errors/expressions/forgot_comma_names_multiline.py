names = [
    'alice',
    'bob'
    carol,
]
