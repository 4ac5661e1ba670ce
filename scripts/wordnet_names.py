#!/usr/bin/env python3
"""Derives name lists for the named-entity tagger from WordNet 3.0 instance nouns.

    python3 scripts/wordnet_names.py [/usr/share/wordnet/data.noun] [schemas/gazetteers]

Writes, one entry a line (UTF-8, sorted), into the output directory:
  wordnet_given_names.txt   first words of multi-word names of person instances
                            ("Abraham Lincoln" -> Abraham), seen in >= 2 names
  wordnet_surnames.txt      last words of person instances ("Lincoln")
  wordnet_places.txt        capitalised nouns (instances or not) under
                            location (00027167)
  wordnet_organizations.txt capitalised nouns (instances or not) under
                            organization (08008335) or social group (07950920)
A word that is also the name of another kind of instance stays in each list
(the tagger learns what that means). Source: WordNet 3.0, Princeton University,
https://wordnet.princeton.edu/ - licence in wordnet_LICENSE.txt (the WordNet
3.0 licence: use, copy, modify and distribute with the copyright notice).
"""
import collections
import os
import sys

PERSON, LOCATION, ORGANIZATION, SOCIAL_GROUP = "00007846", "00027167", "08008335", "07950920"


def parse(path):
    words, hypernyms, instance_of = {}, collections.defaultdict(list), collections.defaultdict(list)
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # licence header
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            words[offset] = [fields[4 + 2 * i].replace("_", " ") for i in range(count)]
            k = 4 + 2 * count
            pointers = int(fields[k])
            for p in range(pointers):
                symbol, target, pos = fields[k + 1 + 4 * p: k + 4 + 4 * p]
                if pos != "n":
                    continue
                if symbol == "@":
                    hypernyms[offset].append(target)
                elif symbol == "@i":
                    instance_of[offset].append(target)
    return words, hypernyms, instance_of


def ancestors(start, hypernyms):
    seen, todo = set(), list(start)
    while todo:
        s = todo.pop()
        if s in seen:
            continue
        seen.add(s)
        todo.extend(hypernyms.get(s, []))
    return seen


def clean(word):
    # "Lincoln(a)" style markers do not occur for nouns, but strip any.
    return word.split("(")[0].strip()


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet/data.noun"
    out = sys.argv[2] if len(sys.argv) > 2 else "schemas/gazetteers"
    words, hypernyms, instance_of = parse(data)
    given, surnames, places, orgs = collections.Counter(), set(), set(), set()
    for synset, classes in instance_of.items():
        kinds = ancestors(classes, hypernyms)
        for w in map(clean, words[synset]):
            if not w[:1].isupper():
                continue
            if PERSON in kinds:
                parts = w.split()
                if len(parts) >= 2 and parts[0].isalpha() and parts[0][1:].islower() and len(parts[0]) > 1:
                    given[parts[0]] += 1
                if parts[-1].isalpha() and parts[-1][1:].islower():
                    surnames.add(parts[-1])
    for synset, lemmas in words.items():
        kinds = ancestors(instance_of.get(synset, []) + hypernyms.get(synset, []), hypernyms)
        for w in map(clean, lemmas):
            if not w[:1].isupper():
                continue
            if LOCATION in kinds:
                places.add(w)
            if ORGANIZATION in kinds or SOCIAL_GROUP in kinds:
                orgs.add(w)
    lists = {
        "wordnet_given_names.txt": {g for g, n in given.items() if n >= 2},
        "wordnet_surnames.txt": surnames,
        "wordnet_places.txt": places,
        "wordnet_organizations.txt": orgs,
    }
    for name, entries in lists.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            for e in sorted(entries):
                f.write(e + "\n")
        print(f"{name}: {len(entries)}")


if __name__ == "__main__":
    main()
