# identifiers that NFKC-normalise to different names; ids change, offsets stay raw bytes
ﬁle = 1
ℌ = 2
ｘ = 3
ᵢ = 4
ℕ = ﬁle + ℌ
print(file, H, x, i, N)
obj.ﬁeld = ℌ
obj.ﬁeld += ﬁle
f(ﬂag=1)
def ﬁnd(ℌ, *, ﬂag=ｘ): return ℌ
class Ｃlass: ﬁeld = 1
import ﬁle as ℌℌ
from ﬁle import ﬁeld
lambda ℎ: ℎ
[ｘ for ｘ in ℌ]
ª = ﬁle
