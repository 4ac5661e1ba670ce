#!/usr/bin/env python3
"""Derives the gazetteers in schemas/gazetteers/ from Debian packages.

    python3 scripts/derive_gazetteers.py          # needs iso-codes and wordnet-base

Sources (read here once; the program reads only the committed JSON):
  * iso-codes (/usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json):
    country names, common and official names, and first-level subdivisions.
    Licence: LGPL-2.1-or-later (the data), Debian package iso-codes.
  * Princeton WordNet 3.0 (/usr/share/wordnet/data.noun, index.*): capitalised
    instance and hyponym nouns under location (place), organization
    (organization) and military unit / terrorist organization (group), with the
    country a place is part of. Licence: WordNet 3.0 licence (permissive, with
    attribution), Debian package wordnet-base.
Demonyms and common short names are written by hand in schemas/lexicons/.
"""
import json
import os
import re
import sys
import unicodedata

ISO = "/usr/share/iso-codes/json"
WN = "/usr/share/wordnet"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schemas", "gazetteers")

LOCATION, ORGANIZATION = "00027167", "08008335"
GROUP_ROOTS = {"08198398", "08392137"}  # military unit, terrorist organization
COUNTRY = "08544813"
PLACE_KINDS = {"08524735": "city", "08665504": "town", "08226699": "village",
               "08518505": "city", "08654360": "province", "08544813": "country"}


def read_wordnet():
    synsets = {}
    with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split(" | ")[0].split()
            offset, n_words = head[0], int(head[3], 16)
            words = [head[4 + 2 * i] for i in range(n_words)]
            rest = head[4 + 2 * n_words:]
            n_ptrs = int(rest[0])
            ptrs = [(rest[1 + 4 * i], rest[2 + 4 * i]) for i in range(n_ptrs)]
            synsets[offset] = (words, ptrs)
    # Common words: lemmas written in lower case somewhere in WordNet.
    common = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(WN, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                head = line.split()
                for i in range(int(head[3], 16)):
                    word = head[4 + 2 * i]
                    if word[:1].islower():
                        common.add(re.sub(r"\(.*\)$", "", word))
    return synsets, common


def ancestors(synsets, offset, seen=None):
    seen = set() if seen is None else seen
    for sym, target in synsets.get(offset, ((), ()))[1]:
        if sym in ("@", "@i") and target not in seen:
            seen.add(target)
            ancestors(synsets, target, seen)
    return seen


def clean(word):
    word = re.sub(r"\(.*\)$", "", word).replace("_", " ")
    return word.strip()


# Capitalised words that are names in WordNet but, in news text, far more
# often a month, a weekday or a common noun at the start of a sentence.
STOP = {"March", "May", "June", "August", "Sunday", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Base", "State", "Government", "Army", "Front",
        "Party", "Union", "Council", "Congress", "Church", "Reading", "Nice", "Mobile",
        "Bath", "Split", "Of", "As", "In", "The", "A", "I", "Will", "Hope", "Faith"}


def is_name(word, common, strict=True):
    if not word[:1].isupper() or word in STOP:
        return False
    if not strict:
        return len(word) > 1
    # A capitalised single word that is also a common English word ("Base",
    # "State", "Front") is too ambiguous to type by the gazetteer alone.
    if " " not in word and word.lower() in common and not word.isupper():
        return False
    return len(word) > 1


def main():
    synsets, common = read_wordnet()
    places, orgs, groups = {}, {}, {}
    names_of = {off: [clean(w) for w in words] for off, (words, _) in synsets.items()}
    country_of = {}
    for off, (words, ptrs) in synsets.items():
        anc = ancestors(synsets, off)
        # The country a place is part of (#p holonym that is a country).
        for sym, target in ptrs:
            if sym == "#p" and COUNTRY in ancestors(synsets, target):
                country_of[off] = names_of[target][0]
                break
        place = LOCATION in anc and not (anc & GROUP_ROOTS) and ORGANIZATION not in anc
        # Place names are kept even when the word is also common ("Turkey",
        # "Geneva"): mid-sentence capitals mark the name; organization and
        # group names that are common words ("Base") are not.
        names = [w for w in names_of[off] if is_name(w, common, strict=not place)]
        if not names:
            continue
        kind = next((PLACE_KINDS[a] for a in PLACE_KINDS if a in anc), "")
        if anc & GROUP_ROOTS:
            for w in names:
                groups.setdefault(w, {"name": names[0], "kind": "armed-group"})
        elif ORGANIZATION in anc:
            for w in names:
                orgs.setdefault(w, {"name": names[0], "kind": ""})
        elif LOCATION in anc:
            for w in names:
                entry = {"name": names[0], "kind": kind}
                if off in country_of and country_of[off] != names[0]:
                    entry["country"] = country_of[off]
                places.setdefault(w, entry)

    # Subdivisions (provinces, states, governorates) from ISO 3166-2, with
    # their country; ASCII-folded spellings too ("Ḩalab" → "Halab").
    countries = {c["alpha_2"]: c.get("common_name", c["name"])
                 for c in json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]}
    for sub in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        if "parent" in sub:
            continue
        name = sub["name"]
        country = countries.get(sub["code"][:2], "")
        folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        for form in {name, folded}:
            places.setdefault(form, {"name": name, "kind": sub["type"].lower(), "country": country})

    os.makedirs(OUT, exist_ok=True)
    meta = {"source": "Princeton WordNet 3.0 (wordnet-base) and ISO 3166-2 (iso-codes)",
            "licence": "WordNet 3.0 licence; iso-codes LGPL-2.1-or-later",
            "command": "python3 scripts/derive_gazetteers.py"}
    for name, table in (("places", places), ("organizations", orgs), ("groups", groups)):
        entries = [{"form": form, **table[form]} for form in sorted(table)]
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump({**meta, "entries": entries}, f, ensure_ascii=False, indent=0)
            f.write("\n")
        print(f"{name}: {len(entries)} forms", file=sys.stderr)

    # Countries: iso-codes names; demonyms come from schemas/lexicons/demonyms.json.
    rows = []
    for c in json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]:
        name = c.get("common_name", c["name"])
        forms = sorted({c["name"], name, c.get("official_name", name)} - {""})
        forms = [f for f in forms if "," not in f]
        rows.append({"name": name, "code": c["alpha_2"], "forms": forms})
    with open(os.path.join(OUT, "countries.json"), "w", encoding="utf-8") as f:
        json.dump({"source": "ISO 3166-1 (Debian iso-codes)", "licence": "LGPL-2.1-or-later",
                   "command": "python3 scripts/derive_gazetteers.py", "entries": rows},
                  f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"countries: {len(rows)}", file=sys.stderr)


if __name__ == "__main__":
    main()
