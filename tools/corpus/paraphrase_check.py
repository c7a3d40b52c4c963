#!/usr/bin/env python3
"""Paraphrase check: list corpus lines that share a run of more than N words with a source text.

usage: paraphrase_check.py SOURCES_DIR CORPUS_FILE... [--max N]

SOURCES_DIR holds the original texts the corpus was paraphrased from (kept outside the repository:
the project stores no third-party text). A corpus file is a .tsv whose last column is the text.
Words are compared lower-cased, letters, digits and apostrophes only. Exits 1 when a line shares
a run of N+1 words (default N = 6) with any source, 0 otherwise.
"""
import os
import re
import sys


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower())


def main(argv):
    n = 6
    if "--max" in argv:
        i = argv.index("--max")
        n = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if len(argv) < 2:
        print(__doc__.strip())
        return 2
    k = n + 1
    grams = {}
    for root, _, files in os.walk(argv[0]):
        for f in files:
            w = words(open(os.path.join(root, f), encoding="utf-8", errors="replace").read())
            for i in range(len(w) - k + 1):
                grams.setdefault(" ".join(w[i:i + k]), f)
    bad = 0
    for corpus in argv[1:]:
        for no, line in enumerate(open(corpus, encoding="utf-8"), 1):
            if not line.strip() or line.startswith("#"):
                continue
            w = words(line.rstrip("\n").split("\t")[-1])
            for i in range(len(w) - k + 1):
                g = " ".join(w[i:i + k])
                if g in grams:
                    bad += 1
                    print(f"{corpus}:{no}: shares '{g}' with {grams[g]}")
                    break
    print(f"{bad} line(s) share a run of more than {n} words with a source")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
