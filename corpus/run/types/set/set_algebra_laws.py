# Set algebra identities checked on concrete sets, with their printed results.
A = {1, 2, 3, 4}
B = {3, 4, 5}
C = {4, 5, 6, 7}
print(A | B, A & B, A - B, B - A, A ^ B)
print((A | B) | C == A | (B | C), A & (B | C) == (A & B) | (A & C), A - (B | C) == (A - B) & (A - C))
print(A ^ B == (A - B) | (B - A), len(A | B) == len(A) + len(B) - len(A & B))
print(sorted(A | B | C), sorted((A & B) | (B & C)), A.union(B, C) == A | B | C)
U = set(range(10))
print(sorted(U - A), U - (U - A) == A, A <= U, not (A < A), set() <= A)
pairs = {(a, b) for a in A for b in B if a < b}
print(sorted(pairs), len(pairs))
power = [set()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(power, len(power))
