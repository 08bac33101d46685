#!/usr/bin/env python3
"""Generates Sources/TutorRules/Resources/lexicon/ngrams.bin: how often English words and
pairs of words occur, so the spelling rule can choose a suggestion by its neighbours ("not
goot at" -> "good", "forigen students" -> "foreign") and split words can be joined
("out side" -> "outside") only where the two words are not a common pair.

    python3 scripts/gen-ngrams.py     # installs symspellpy in ~/.cache on first use

Source: SymSpell's English dictionaries as packaged by symspellpy 6.10.1 on PyPI (MIT;
word and bigram counts from the Google Books Ngram corpus, CC BY 3.0): 82,765 words and
243,342 pairs of words, in lower case; pairs under 6.4 million uses are not listed.

Format: a hashed table (scripts/hashed_table.py) with the magic "CTNG", keyed by "word" or
"first second"; a value is log10 of the count x 100. Deterministic for the pinned version.
"""
import math
import os
import subprocess
import sys

import hashed_table

SYMSPELL = "symspellpy==6.10.1"
VENV = os.path.join(os.path.expanduser("~"), ".cache", "chattutor-wordfreq")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "TutorRules", "Resources", "lexicon", "ngrams.bin")

python = os.path.join(VENV, "bin", "python")
if os.path.realpath(sys.prefix) != os.path.realpath(VENV):
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    os.execv(python, [python] + sys.argv)
try:
    import symspellpy  # noqa: E402  (only inside the venv)
except ImportError:
    subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "-q", "--no-deps", SYMSPELL], check=True)
    os.execv(python, [python] + sys.argv)

data = os.path.dirname(symspellpy.__file__)


table = {}
for name, width in [("frequency_dictionary_en_82_765.txt", 1), ("frequency_bigramdictionary_en_243_342.txt", 2)]:
    with open(os.path.join(data, name), encoding="utf-8") as source:
        for line in source:
            parts = line.split()
            if len(parts) != width + 1:
                continue
            table[" ".join(parts[:width])] = round(math.log10(int(parts[width])) * 100)

count = hashed_table.write(OUT, "CTNG", table)
print(f"gen-ngrams: {count} entries -> {os.path.relpath(OUT)}")
