s = '''abc"""
