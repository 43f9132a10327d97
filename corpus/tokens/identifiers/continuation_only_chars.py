# characters valid only as continuation (combining marks, superscripts, digits)
é = 1
x² = 2
a٣ = 3
