#!/usr/bin/python3
"""Derives given-name and surname lists for the named-entity tagger from the
person-name tables of Faker (Debian package python3-fake-factory).

    /usr/bin/python3 scripts/faker_names.py [schemas/gazetteers]

Writes, one name a line (UTF-8, sorted), into the output directory:
  faker_given_names.txt  first names of the Latin-script locales below
  faker_surnames.txt     last names of the same locales
Faker's tables are lists of common first and last names per country (census
and registry frequency lists), so they say how names are formed in the
languages news English quotes most, not which people are in the news.
Multi-word entries and entries with characters other than letters, "'" and
"-" are left out. Source: Faker 0.9.3, Copyright 2012 Daniele Faraglia,
Expat (MIT) licence - see faker_LICENSE.txt.
"""
import importlib
import os
import sys

LOCALES = ["en", "en_US", "en_GB", "en_NZ", "de_DE", "de_AT", "fr_FR", "es_ES", "es_MX", "it_IT",
           "nl_NL", "pt_BR", "pt_PT", "sv_SE", "no_NO", "dk_DK", "fi_FI", "pl_PL", "cs_CZ", "hu_HU",
           "ro_RO", "hr_HR", "sl_SI", "tr_TR", "id_ID"]


def names(table):
    if isinstance(table, dict):  # weighted tables: name -> frequency
        table = table.keys()
    for name in table:
        if " " in name or not name[:1].isupper():
            continue
        if all(c.isalpha() or c in "'-" for c in name):
            yield name


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "schemas/gazetteers"
    given, surnames = set(), set()
    for locale in LOCALES:
        provider = importlib.import_module("faker.providers.person." + locale).Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            given.update(names(getattr(provider, attr, ())))
        surnames.update(names(getattr(provider, "last_names", ())))
    for file, entries in (("faker_given_names.txt", given), ("faker_surnames.txt", surnames)):
        with open(os.path.join(out_dir, file), "w", encoding="utf-8") as f:
            f.writelines(name + "\n" for name in sorted(entries))
        print(file, len(entries))


if __name__ == "__main__":
    main()
