#!/usr/bin/env python3
"""Generates Sources/TutorRules/Resources/lexicon/spelling.bin: every word Hunspell's
American or British dictionary accepts, so the analyser knows a word is spelt right without
loading Hunspell (that took 70-110 ms of every start).

    python3 scripts/gen-spelling.py   # needs: apt-get install hunspell-tools libhunspell-dev
                                      #   hunspell-en-us hunspell-en-gb wamerican wbritish

Generated from Debian 12's hunspell-en-us 1:2020.12.07-2 and hunspell-en-gb 1:7.5.0-1, with
hunspell-tools and libhunspell 1.7.1-1 and wamerican/wbritish 2020.12.07-2; other versions
give other tables.

Source: Debian's hunspell-en-us and hunspell-en-gb (their affixes applied to every
dictionary word by hunspell-tools' `unmunch`), checked word by word with libhunspell
itself, plus the wamerican/wbritish lists and the lexicon's words, each kept only if
Hunspell accepts it (unmunch misses some forms and makes a few Hunspell rejects).

Only letters a-z, in lower case or with a capital first letter, are listed: those are the
only words the spelling and inflection rules ask about.

Format: a hashed table (scripts/hashed_table.py) with the magic "CTSP". A key is the hash
of the word in lower case; its value is 1 when Hunspell accepts it in lower case ("colour";
then also "Colour"), 2 when only with a capital ("Paris").
"""
import ctypes
import glob
import os
import re
import subprocess

import hashed_table

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "Sources", "TutorRules", "Resources", "lexicon")
OUT = os.path.join(LEXICON, "spelling.bin")
DICTIONARIES = "/usr/share/hunspell"
WORD = re.compile(r"^[A-Za-z][a-z]*$")


library = ctypes.CDLL("libhunspell-1.7.so.0")
library.Hunspell_create.restype = ctypes.c_void_p
library.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
library.Hunspell_spell.restype = ctypes.c_int
library.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]

candidates = set()
handles = []
for language in ["en_US", "en_GB"]:
    affix, dictionary = (os.path.join(DICTIONARIES, f"{language}.{ext}") for ext in ("aff", "dic"))
    handles.append(library.Hunspell_create(affix.encode(), dictionary.encode()))
    expanded = subprocess.run(["unmunch", dictionary, affix], capture_output=True, check=True).stdout
    candidates.update(expanded.decode("utf-8", "replace").split())
for path in ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]:
    with open(path, encoding="utf-8") as words:
        candidates.update(words.read().split())
for path in glob.glob(os.path.join(LEXICON, "*.tsv")):
    with open(path, encoding="utf-8") as table:
        for line in table:
            if not line.startswith("#"):
                candidates.update(line.split("\t")[:5])


def accepted(word):
    encoded = word.encode()
    return any(library.Hunspell_spell(handle, encoded) for handle in handles)


table = {}
for candidate in candidates:
    if not WORD.match(candidate):
        continue
    lower = candidate.lower()
    if lower in table:
        continue
    if accepted(lower):
        table[lower] = 1
    elif accepted(lower.capitalize()):
        table[lower] = 2

hashed_table.write(OUT, "CTSP", table)
lower = sum(1 for value in table.values() if value == 1)
print(f"gen-spelling: {lower} words in lower case, {len(table) - lower} only with a capital -> {os.path.relpath(OUT)}")
