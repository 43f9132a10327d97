#!/usr/bin/env python3
"""Small command-line tool: count words in files."""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

DEFAULT_TOP: int = 10
_cache: dict[Path, collections.Counter[str]] = {}


def count(path: Path) -> collections.Counter[str]:
    global _cache
    if path in _cache:
        return _cache[path]
    counter = collections.Counter()
    with path.open(encoding='utf-8') as fh:
        for line in fh:
            counter.update(w.lower() for w in line.split())
    _cache[path] = counter
    return counter


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('files', nargs='+', type=Path)
    parser.add_argument('-n', '--top', type=int, default=DEFAULT_TOP)
    args = parser.parse_args(argv)
    total = collections.Counter()
    for f in args.files:
        try:
            total += count(f)
        except OSError as e:
            print(f'{f}: {e}', file=sys.stderr)
            return 1
    for word, n in total.most_common(args.top):
        print(f'{n:7d} {word}')
    del total
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
