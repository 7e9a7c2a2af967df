#!/usr/bin/env python3
"""Converts the English Brown clusters of the spacy-lookups-data package (MIT) into
data/syntax/word-clusters.tsv, the word-cluster table behind the tagger's and parser's
distributional features.

    pip download spacy-lookups-data==1.0.5 --no-deps -d /tmp/sld
    unzip -o /tmp/sld/spacy_lookups_data-1.0.5-py2.py3-none-any.whl -d /tmp/sld
    python3 scripts/import-word-clusters.py /tmp/sld/spacy_lookups_data/data > data/syntax/word-clusters.tsv

The package stores each cluster as an integer whose lowest bit is the first step of the path in
the cluster tree; the table writes the path as a bit string (`BITS<TAB>WORD`), most frequent
words first, keeping the WORDS most frequent words that have a cluster. Standard library only.
"""

import gzip
import json
import sys

WORDS = 100_000


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: import-word-clusters.py SPACY_LOOKUPS_DATA_DIR > word-clusters.tsv")
    data = sys.argv[1]
    with gzip.open(f"{data}/en_lexeme_cluster.json.gz", "rt", encoding="utf-8") as f:
        clusters = json.load(f)
    with gzip.open(f"{data}/en_lexeme_prob.json.gz", "rt", encoding="utf-8") as f:
        probs = json.load(f)
    words = [w for w, c in clusters.items() if c > 0 and w.strip() == w and w and "\t" not in w]
    words.sort(key=lambda w: (-probs.get(w, -100.0), w))
    out = sys.stdout
    for w in words[:WORDS]:
        bits = format(clusters[w], "b")[::-1]  # lowest bit first: the path from the root
        out.write(f"{bits}\t{w}\n")


if __name__ == "__main__":
    main()
