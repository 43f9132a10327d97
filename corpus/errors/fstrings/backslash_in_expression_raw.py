s = rf'{a\b}'
