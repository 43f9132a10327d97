# identifiers needing NFKC (token string stays as written)
ﬁle = 1
ℌ = 2
x² = 3
