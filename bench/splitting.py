"""Splitting long messages: time to split 10,000, 100,000 and 300,000 characters into parts of
at most 4,096 visible characters.

    .venv/bin/python bench/splitting.py

Two texts per size: one endless paragraph of escaped words with tags and entities (what an own
template repeated a thousand times made before filled replies were bounded) and the same cut into
lines. The split runs on the event loop: the time per 1,000 characters must stay flat as the text
grows, and must not depend on how long the parts are. Nothing is asserted; tests/test_splitting.py
checks the same by counting work instead of timing it.

On the 2-core VM of bench/README.md: 11.4 ms for 300,000 characters (0.038 ms per 1,000) in
both texts. The split before (which measured each part again after every word) took 124.5 ms
for the paragraph (0.416 ms per 1,000) and grew with the square of the part length.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.ui.splitting import split_message

SIZES = (10_000, 100_000, 300_000)
BLOCK = "<b>Hallo</b> &amp; tsch&#252;ss, <i>wie geht&#x27;s</i>? " + "word " * 40 + "z" * 300 + " "
RUNS = 5


def text_of(size: int, separator: str) -> str:
    block = BLOCK.rstrip() + separator
    return (block * (size // len(block) + 1))[: size // len(block) * len(block)]


def main() -> int:
    print(f"{'text':<12}{'characters':>11}{'parts':>7}{'median':>10}{'max':>10}{'per 1,000':>11}")
    for name, separator in (("paragraph", " "), ("lines", "\n")):
        for size in SIZES:
            text = text_of(size, separator)
            times = []
            for _ in range(RUNS):
                start = time.perf_counter()
                parts = split_message(text)
                times.append((time.perf_counter() - start) * 1000)
            median = statistics.median(times)
            print(
                f"{name:<12}{len(text):>11,}{len(parts):>7}{median:>8.1f}ms{max(times):>8.1f}ms"
                f"{median / len(text) * 1000:>9.3f}ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
