#!/usr/bin/env python3
"""Assemble the blame-language corpus from collected, paraphrased material.

usage: build.py OUT_DIR OLD_CORPUS_DIR COLLECTION_DIR...

Each COLLECTION_DIR holds a documents.tsv (doc_key, genre, source, description) and a
sentences.tsv (doc_key, label, category, text), written by one collector (see
tools/corpus/README.md). OLD_CORPUS_DIR holds the project's first, hand-written corpus
(corpus.tsv and heldout.tsv), folded in as constructed documents.

Writes OUT_DIR/documents.tsv and OUT_DIR/{train,dev,test}.tsv. The split is by document and
stratified by genre: each genre's documents are ordered by a salted SHA-256 of their id, the first
35% go to test, the next 20% to dev and the rest to train. Run it once; the split it writes is
frozen (a later run on more material must keep the documents already placed where they are).
"""
import hashlib
import math
import os
import re
import sys
from collections import defaultdict

GENRES = ["postmortem", "news", "statement", "forum", "action-items", "lessons", "chat", "constructed"]
BLAME = ["named-culprit", "counterfactual", "omission", "character", "human-error", "fault-assignment",
         "passive-aggression", "team-blame", "system-cleared", "people-remedy"]
OK = ["plain", "hard-name", "hard-role", "hard-error-word", "hard-admission", "hard-contrast",
      "hard-product", "hard-term", "hard-system-modal"]
SALT = "postmortem-blame-corpus-v1"
OLD_BLAME = {"person-named": "named-culprit", "counterfactual": "counterfactual", "failed-to": "omission",
             "character-judgement": "character", "human-error-cause": "human-error",
             "fault-finding": "fault-assignment", "possessive-blame": "fault-assignment",
             "minimiser": "passive-aggression", "passive-aggression": "passive-aggression",
             "team-blame": "team-blame"}
OLD_HARD = [  # first match wins: the hard-negative kind of the first corpus's "hard" sentences
    ("hard-name", r"\b(thanks|kudos|shout-out|grateful|credit)\b"),
    ("hard-contrast", r"human error|at fault|blame|whose fault|who caused|who is to|discipline|training alone"),
    ("hard-product", r"^(May|Will|Mark|Grace|June|Chase|Frank|Victoria|Jordan|Max|Ray|Hudson|Travis|TeamCity|"
                     r"Karpenter|Spinnaker|The Jenkins|The Apollo|The Sydney)\b|john"),
    ("hard-system-modal", r"\b(should have|could have|failed to|forgot|neglected|ignored|missed|dropped|broke)\b"),
    ("hard-term", r"\b(just|simply|obviously|once again|yet again|as usual|despite)\b"),
    ("hard-role", r"\b(on-call|engineer|engineers|operator|developer|developers|responder|team|commander|owner|ops)\b"),
]


def norm_source(s):
    s = s.strip()
    s = re.sub(r"^https?://(www\.)?", "", s)
    s = re.sub(r"[?#].*$", "", s)
    return s.rstrip("/").lower()


def rank(doc):
    return hashlib.sha256((SALT + ":" + doc).encode()).hexdigest()


def identity(doc):
    """What ranks a document: its source (and, for constructed ones, its description)."""
    genre, source, desc = doc
    return norm_source(source) + ("|" + desc if genre == "constructed" else "")


def read_tsv(path, cols):
    rows = []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < cols:
                print(f"skipped {path}:{no}: {len(parts)} columns", file=sys.stderr)
                continue
            head, text = parts[:cols - 1], "\t".join(parts[cols - 1:])
            rows.append([p.strip() for p in head] + [" ".join(text.split())])
    return rows


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip())
        return 2
    out, old, collections = argv[0], argv[1], argv[2:]
    docs = {}            # doc id -> [genre, source, description]
    by_source = {}       # normalised source -> doc id
    sentences = []       # [doc, label, category, text]
    seen_text = set()
    problems = 0
    # Collected documents: keys are renamed to genre-NNN after merging documents with one source.
    pending = []
    for c in collections:
        keymap = {}
        for key, genre, source, desc in read_tsv(os.path.join(c, "documents.tsv"), 4):
            if genre not in GENRES[:-1]:
                print(f"unknown genre {genre!r} for {key}", file=sys.stderr)
                problems += 1
                continue
            ns = norm_source(source)
            if ns in by_source:
                keymap[key] = by_source[ns]
                continue
            tmp = f"tmp:{c}:{key}"
            by_source[ns] = tmp
            keymap[key] = tmp
            docs[tmp] = [genre, source, desc]
        for key, label, cat, text in read_tsv(os.path.join(c, "sentences.tsv"), 4):
            if key not in keymap:
                print(f"sentence for unknown document {key} in {c}", file=sys.stderr)
                problems += 1
                continue
            if (label == "blame" and cat not in BLAME) or (label == "ok" and cat not in OK) or label not in ("blame", "ok"):
                print(f"bad label/category {label}/{cat} in {c}: {text}", file=sys.stderr)
                problems += 1
                continue
            pending.append([keymap[key], label, cat, text])
    # The first corpus, written by the project: constructed documents of at most 20 sentences.
    old_rows = []
    for name in ("corpus.tsv", "heldout.tsv"):
        for label, note, text in read_tsv(os.path.join(old, name), 3):
            if label == "blame":
                cat = OLD_BLAME[note]
            elif note == "plain":
                cat = "plain"
            else:
                cat = next((k for k, rx in OLD_HARD if re.search(rx, text, re.I if k != "hard-product" else 0)),
                           "hard-error-word")
            old_rows.append([name, label, cat, text])
    # Mixed documents of 20, in the order of a hash of their text, so that every part of the split
    # gets sentences of many categories.
    old_rows.sort(key=lambda r: rank(r[3]))
    for n, i in enumerate(range(0, len(old_rows), 20), 1):
        tmp = f"tmp:constructed:{n}"
        docs[tmp] = ["constructed", "project:postmortem-core/src/test/resources/language/corpus.tsv@v0.1",
                     f"written by the project (first corpus and its held-out set), part {n}"]
        pending.extend([tmp, label, cat, text] for _, label, cat, text in old_rows[i:i + 20])
    # Drop exact duplicate texts (the first one stays).
    for row in pending:
        k = row[3].lower()
        if k in seen_text:
            print(f"duplicate text dropped: {row[3]}", file=sys.stderr)
            continue
        seen_text.add(k)
        sentences.append(row)
    used = {s[0] for s in sentences}
    docs = {k: v for k, v in docs.items() if k in used}
    # Stable ids: genre-NNN in order of the salted rank.
    ids = {}
    for g in GENRES:
        keys = sorted((k for k, v in docs.items() if v[0] == g), key=lambda k: rank(identity(docs[k])))
        for i, k in enumerate(keys, 1):
            ids[k] = f"{g}-{i:03d}"
    split = {}
    for g in GENRES:
        keys = sorted((ids[k] for k, v in docs.items() if v[0] == g), key=rank)
        t = math.ceil(len(keys) * 0.35)
        d = round(len(keys) * 0.20)
        for i, k in enumerate(keys):
            split[k] = "test" if i < t else "dev" if i < t + d else "train"
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "documents.tsv"), "w", encoding="utf-8") as f:
        f.write("# The documents of the blame-language corpus: one line per source document.\n"
                "# Columns: doc, split, genre, source, description. Built by tools/corpus/build.py;\n"
                "# the split is frozen: see tools/corpus/README.md.\n")
        for k in sorted(docs, key=lambda k: ids[k]):
            g, src, desc = docs[k]
            f.write(f"{ids[k]}\t{split[ids[k]]}\t{g}\t{src}\t{desc}\n")
    for part in ("train", "dev", "test"):
        with open(os.path.join(out, f"{part}.tsv"), "w", encoding="utf-8") as f:
            f.write(f"# The {part} split of the blame-language corpus (see documents.tsv and tools/corpus/README.md).\n"
                    "# Columns: id, label, category, genre, doc, source, text. Every text taken from a source is\n"
                    "# a paraphrase; names in it are replaced or kept as the source had them.\n")
            rows = sorted((s for s in sentences if split[ids[s[0]]] == part), key=lambda s: ids[s[0]])
            counter = defaultdict(int)
            for doc, label, cat, text in rows:
                counter[doc] += 1
                g, src, _ = docs[doc]
                f.write(f"{ids[doc]}-{counter[doc]:02d}\t{label}\t{cat}\t{g}\t{ids[doc]}\t{src}\t{text}\n")
    print(f"{len(docs)} documents, {len(sentences)} sentences, {problems} problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
