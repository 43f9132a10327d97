# Sorting larger lists with keys, reverse, and stability across multiple passes.
data = [((i * 37) % 101, (i * 11) % 7, i) for i in range(300)]
by_first = sorted(data, key=lambda t: t[0])
print(by_first[:5], by_first[-3:])
two_pass = sorted(sorted(data, key=lambda t: t[1]), key=lambda t: t[0])
print(two_pass[:6])
combined = sorted(data, key=lambda t: (t[0], t[1]))
print(two_pass == combined)
rev = sorted(data, key=lambda t: t[1], reverse=True)
print(rev[:4], [t[2] for t in rev if t[1] == 6][:5])
words = [w for w in "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor".split()]
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
nums = [(-1) ** i * i for i in range(20)]
nums.sort(key=abs, reverse=True)
print(nums)
