# superscript two alone/at start
² = 1
²x = 2
