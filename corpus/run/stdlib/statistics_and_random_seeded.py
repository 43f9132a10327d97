# statistics on fixed data, and random with an explicit seed (deterministic sequence).
import random
import statistics as st

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.variance(data), st.median_low([1, 2, 3, 4]))
print(st.fmean([1.5, 2.5]), st.harmonic_mean([1, 4, 4]), st.quantiles(range(1, 11), n=4), st.multimode("aabbc"))
rng = random.Random(12345)
print([rng.randint(1, 100) for _ in range(8)])
print(rng.random(), rng.choice("abcdef"), rng.sample(range(20), 5), rng.uniform(1, 2))
deck = list(range(10))
rng.shuffle(deck)
print(deck)
random.seed(7)
print([random.randrange(1000) for _ in range(5)], random.getrandbits(32))
