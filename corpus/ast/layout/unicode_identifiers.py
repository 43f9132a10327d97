# non-ASCII identifiers that are already NFKC-normalised; offsets are in bytes
café = 1
π = 3.14159
变量 = café + π
ñandú = [café, π]
Ωmega = {'k': ñandú}
def größe(länge, breite=π):
    return länge * breite
class Ärger:
    schön = True
x = größe(café, breite=变量).real + Ärger.schön
αβγ, δ = 1, 2
print(αβγ, δ, Ωmega['k'][0])
