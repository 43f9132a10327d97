s = f'''first line
{a b}
third'''
