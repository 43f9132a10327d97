# realistic data-processing code exercising many expression forms
import collections
import statistics


def summarize(records, *, key=lambda r: r['group'], threshold=0.5):
    groups = collections.defaultdict(list)
    for record in records:
        groups[key(record)].append(record)
    result = {}
    for name, rows in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        values = [r['value'] for r in rows if r.get('value') is not None]
        if not values:
            continue
        mean = statistics.fmean(values)
        spread = max(values) - min(values) if len(values) > 1 else 0.0
        result[name] = {
            'count': len(values),
            'mean': round(mean, 3),
            'spread': spread,
            'flag': mean > threshold and spread < 2 * threshold,
            'ratio': sum(v > mean for v in values) / len(values),
        }
    return result


def bits(n):
    return [(n >> i) & 1 for i in range(n.bit_length() - 1, -1, -1)] or [0]


matrix = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
transposed = list(map(list, zip(*matrix)))
