s = '''ok
bad \u00'''
