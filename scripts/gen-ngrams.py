#!/usr/bin/env python3
"""Generates Sources/TutorRules/Resources/lexicon/ngrams.bin: how often English words and
pairs of words occur, so the spelling rule can choose a suggestion by its neighbours ("not
goot at" -> "good", "forigen students" -> "foreign") and split words can be joined
("out side" -> "outside") only where the two words are not a common pair.

    python3 scripts/gen-ngrams.py     # installs symspellpy in ~/.cache on first use

Source: SymSpell's English dictionaries as packaged by symspellpy 6.10.1 on PyPI (MIT;
word and bigram counts from the Google Books Ngram corpus, CC BY 3.0): 82,765 words and
243,342 pairs of words, in lower case; pairs under 6.4 million uses are not listed.

Format (little-endian): the 4 bytes "CTNG", a UInt32 count n, n UInt64 keys in ascending
order, then n UInt16 values. A key is the 64-bit FNV-1a hash of the UTF-8 of "word" or
"first second"; a value is log10 of the count x 100. Deterministic for the pinned version.
"""
import math
import os
import struct
import subprocess
import sys

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


def fnv1a(text):
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


table = {}
for name, width in [("frequency_dictionary_en_82_765.txt", 1), ("frequency_bigramdictionary_en_243_342.txt", 2)]:
    with open(os.path.join(data, name), encoding="utf-8") as source:
        for line in source:
            parts = line.split()
            if len(parts) != width + 1:
                continue
            key = fnv1a(" ".join(parts[:width]))
            if key in table:
                sys.exit(f"gen-ngrams: hash collision on {parts[:width]}")
            table[key] = min(65535, round(math.log10(int(parts[width])) * 100))

keys = sorted(table)
with open(OUT, "wb") as out:
    out.write(b"CTNG" + struct.pack("<I", len(keys)))
    out.write(struct.pack(f"<{len(keys)}Q", *keys))
    out.write(struct.pack(f"<{len(keys)}H", *(table[key] for key in keys)))
print(f"gen-ngrams: {len(keys)} entries -> {os.path.relpath(OUT)}")
