# nested quotes of a different kind inside f-string replacement fields
d = {}
x = f"{d['key']}"
y = f'{d["key"]}'
z = f"""{d["a"] + d['b']}"""
w = f'''{f"{f'{1}'}"}'''
