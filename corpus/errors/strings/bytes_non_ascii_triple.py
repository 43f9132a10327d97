b = b'''line
naïve'''
