#!/usr/bin/env python3
"""Train the blame-language checker's statistical layer from the corpus's train split only.

usage: train_model.py CORPUS_DIR CLASSES_DIR OUT_FILE [--eval] [--extra FILE]...

A logistic regression over the words of a sentence (lower case, letters, digits and apostrophes),
word pairs, and the word classes of the language rules (`C:person`, `C:omission`, and pairs of
classes in a row). Trained with AdaGrad for a fixed number of epochs in a fixed order, so the same
corpus gives the same weights. Writes the bias and the weights whose size is at least 0.05, one
`feature<TAB>weight` line each. With --eval it prints precision and recall on dev by threshold.
With --extra FILE (repeatable) it also trains on a labelled set kept outside the repository, in
the format `LabelledSetReportTest` reads (label, category, genre, source, text): an experiment to
see whether more data would earn the model its place, not a way to ship one.
"""
import math
import os
import re
import sys

WORD = re.compile(r"[a-z0-9']+")


def load_classes(d):
    index = [l.split()[0] for l in open(os.path.join(d, "index.txt")) if l.strip() and not l.startswith("#")]
    words = {}
    for c in index:
        if c in ("first-name", "ambiguous-name", "not-person", "product-follower", "determiner", "past-irregular", "tech-term"):
            continue
        for l in open(os.path.join(d, c + ".txt"), encoding="utf-8"):
            l = l.split(" #")[0].strip()
            if l and not l.startswith("#") and " " not in l:
                words.setdefault(l.lower(), []).append(c)
    return words


def features(text, classes):
    w = WORD.findall(text.lower())
    f = set()
    prev = "<s>"
    prev_c = ["<s>"]
    for t in w:
        f.add("W:" + t)
        f.add("B:" + prev + " " + t)
        cs = classes.get(t, [])
        for c in cs:
            f.add("C:" + c)
            for p in prev_c:
                f.add("CC:" + p + " " + c)
        prev = t
        prev_c = cs or ["-"]
    return f


def read(path, label=1, text=6):
    """The (blame?, text) of each sentence: a corpus split's columns by default; a labelled set
    kept outside the repository has its label in column 0 and its text in column 4."""
    out = []
    for l in open(path, encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        p = l.rstrip("\n").split("\t")
        out.append((p[label] == "blame", p[text]))
    return out


def train(rows, epochs=30, rate=0.2, l2=1e-4):
    w = {}
    g = {}
    bias = 0.0
    gb = 1e-8
    for _ in range(epochs):
        for y, f in rows:
            z = bias + sum(w.get(x, 0.0) for x in f)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            err = p - (1.0 if y else 0.0)
            gb += err * err
            bias -= rate * err / math.sqrt(gb)
            for x in f:
                grad = err + l2 * w.get(x, 0.0)
                g[x] = g.get(x, 1e-8) + grad * grad
                w[x] = w.get(x, 0.0) - rate * grad / math.sqrt(g[x])
    return bias, w


def score(bias, w, f):
    z = bias + sum(w.get(x, 0.0) for x in f)
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def main(argv):
    extra = []
    while "--extra" in argv:
        i = argv.index("--extra")
        extra.append(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if len(argv) < 3:
        print(__doc__.strip())
        return 2
    corpus, classes_dir, out = argv[:3]
    classes = load_classes(classes_dir)
    sentences = read(os.path.join(corpus, "train.tsv"))
    for path in extra:
        sentences += read(path, label=0, text=4)
    rows = [(y, features(t, classes)) for y, t in sentences]
    print(f"trained on {len(rows)} sentences")
    bias, w = train(rows)
    kept = sorted(((x, v) for x, v in w.items() if abs(v) >= 0.05), key=lambda e: (-abs(e[1]), e[0]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# The blame-language model, trained by tools/corpus/train_model.py from the train split only.\n")
        f.write("# feature<TAB>weight; W: word, B: word pair, C: word class, CC: pair of classes.\n")
        f.write(f"<bias>\t{bias:.6f}\n")
        for x, v in kept:
            f.write(f"{x}\t{v:.6f}\n")
    print(f"{len(kept)} weights of {len(w)} features written")
    if "--eval" in argv:
        dev = [(y, features(t, classes)) for y, t in read(os.path.join(corpus, "dev.tsv"))]
        for th in (0.5, 0.6, 0.7, 0.8, 0.9):
            tp = sum(1 for y, f in dev if y and score(bias, w, f) >= th)
            fp = sum(1 for y, f in dev if not y and score(bias, w, f) >= th)
            fn = sum(1 for y, f in dev if y and score(bias, w, f) < th)
            print(f"dev threshold {th}: precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
