x = ab\cd
