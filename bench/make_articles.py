#!/usr/bin/env python3
"""Writes N generated Markdown articles (~5 KB each) for bench_app's library
figure: a title, an author and a date in front matter, then paragraphs of
words with figures among them. Deterministic for a given seed, so two runs
import the same project.

    bench/make_articles.py DIR [COUNT=100000] [SEED=1]
    claimbench-cli import PROJECT DIR > /dev/null
"""

import os
import random
import sys

WORDS = (
    "the ministry said officials reported casualties estimate army forces war "
    "region city border attack according report figures month year since "
    "killed wounded displaced refugees aid government minister spokesman "
    "agency analysts data survey population growth economy inflation percent "
    "budget deficit trade exports imports million billion thousand hundred "
    "about more than least nearly some according independent observers count "
    "statement press conference parliament election vote party coalition "
    "north south east west river valley harbour airport railway bridge power"
).split()
OUTLETS = ["Daily Ledger", "The Observer Post", "Northern Wire", "Harbour Times",
           "Evening Courier", "Capital Review", "Field Report", "Morning Standard"]
TARGET_BYTES = 5000


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    if rng.random() < 0.4:
        words.insert(rng.randrange(len(words)), f"{rng.randint(2, 950):,}")
    return " ".join(words).capitalize() + "."


def article(rng, index):
    year = rng.randint(2015, 2025)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 10))).capitalize()
    lines = ["---", f"title: {title} ({index})", f"author: {rng.choice(OUTLETS)}",
             f"date: {date}", "---", ""]
    size = 0
    while size < TARGET_BYTES:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(3, 7)))
        lines += [paragraph, ""]
        size += len(paragraph) + 2
    return "\n".join(lines)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    os.makedirs(folder, exist_ok=True)
    for index in range(count):
        # 1,000 files per folder keeps directory listings cheap.
        sub = os.path.join(folder, f"{index // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"article-{index:06d}.md"), "w", encoding="utf-8") as out:
            out.write(article(rng, index))


if __name__ == "__main__":
    main()
