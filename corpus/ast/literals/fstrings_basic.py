# basic f-strings
name = 'w'
a = f''
b = f'plain'
c = f'{name}'
d = f'hello {name}!'
e = f"{name}{name}"
f = F'{name} and {name}'
g = f'''{name}'''
h = f"""{
name
}"""
i = f'{1 + 2}'
j = f'{name.upper()}'
k = f'{name[0]}'
l = f'{ name }'
m = f'{{literal}} {name} {{'
