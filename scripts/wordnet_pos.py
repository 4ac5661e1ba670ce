#!/usr/bin/env python3
"""Derives the word-class lexicon of the POS tagger from WordNet 3.0.

    python3 scripts/wordnet_pos.py [/usr/share/wordnet] [schemas/gazetteers/wordnet_pos.tsv]

The tagger's weakest words are those it never saw in training (a fifth of
them are mistagged): a lexicon that says "this can be a verb or an
adjective" or "this is a name" is what it lacks. Writes one line per
single word (lower case, UTF-8, sorted): the word, a tab, and its classes:

  n  common noun (a lower-case noun lemma)     P  a capitalised noun lemma (a name)
  v  verb lemma                                 a  adjective lemma
  r  adverb lemma
  N  irregular noun plural (noun.exc)           V  irregular verb form (verb.exc)
  A  irregular comparative (adj.exc)

Regular inflections (-s, -ed, -ing, -er) are not listed: the tagger strips
them when it looks a word up. Multi-word lemmas are left out: the tagger
sees one word at a time.

Source: WordNet 3.0, Princeton University, https://wordnet.princeton.edu/
(Debian package wordnet-base) - licence in wordnet_LICENSE.txt (use, copy,
modify and distribute with the copyright notice).
"""
import collections
import os
import sys

DATA_FILES = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
EXCEPTION_FILES = {"noun": "N", "verb": "V", "adj": "A"}


def lemma_words(path):
    """Yields the words of every synset line of a WordNet data file, as written."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # licence header
            fields = line.split()
            count = int(fields[3], 16)
            for k in range(count):
                word = fields[4 + 2 * k]
                if "(" in word:  # adjective position markers: "galore(ip)"
                    word = word[: word.index("(")]
                yield word


def single_word(word):
    return "_" not in word and " " not in word and any(c.isalpha() for c in word)


def main():
    wordnet = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    out_path = sys.argv[2] if len(sys.argv) > 2 else "schemas/gazetteers/wordnet_pos.tsv"
    classes = collections.defaultdict(set)
    for name, letter in DATA_FILES.items():
        for word in lemma_words(os.path.join(wordnet, "data." + name)):
            if not single_word(word):
                continue
            lower = word.lower()
            if name == "noun" and word != lower:
                classes[lower].add("P")
            else:
                classes[lower].add(letter)
    for name, letter in EXCEPTION_FILES.items():
        with open(os.path.join(wordnet, name + ".exc"), encoding="latin-1") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and single_word(parts[0]) and parts[0] != parts[1]:
                    classes[parts[0].lower()].add(letter)
    order = "nPvarNVA"
    with open(out_path + ".tmp", "w", encoding="utf-8") as out:
        for word in sorted(classes):
            out.write(word + "\t" + "".join(c for c in order if c in classes[word]) + "\n")
    os.replace(out_path + ".tmp", out_path)
    print(f"{len(classes)} words -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
