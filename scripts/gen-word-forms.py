#!/usr/bin/env python3
"""Generates forms.bin in Sources/TutorRules/Resources/lexicon from verbs.tsv, nouns.tsv and
adjectives.tsv (scripts/gen-lexicon.py): the same verbs, nouns and adjectives, as tables the
analyser maps at start-up (Sources/TutorRules/Lexicon/WordFormTables.swift) instead of parsing
18,000 lines into dictionaries. Built in memory, those took about 5 MB of every process's
heap; mapped, only the pages the rules look words up in are read (issue 17: the chat's RSS).
Run it after editing or regenerating the TSVs; a test fails while they differ.

    python3 scripts/gen-word-forms.py

The TSVs are read as the analyser's DataFile reads text tables: lines split on newlines,
trimmed of spaces, tabs and carriage returns; blank lines and lines starting with # skipped;
fields split on tabs and trimmed; a number that is not all digits counts as 0. Of a word given
twice, the last row counts, except a plural: its first row does (as the maps built in memory
did).

forms.bin, little-endian:
  header   "CTLX", UInt32 pool size, UInt32 string count, verb count, noun count, reading
           count, then the slot count of each of the seven indexes below, in their order, and
           4 zero bytes (56 bytes)
  indexes  open-addressed hash tables, each a power of two of 16-byte slots, at least twice the
           words it holds: UInt64 hash (64-bit FNV-1a of the word's UTF-8, as
           scripts/hashed_table.py), UInt32 the word (a string, below; 0xFFFFFFFF: an empty
           slot), UInt32 its value. A word is in the slot its hash's low bits name or, when
           that is taken, the next free one after it (wrapping around):
             verb bases     base -> its verb row
             verb forms     every form -> where its readings are: first reading << 8 | count
             singulars      singular -> its noun row
             plurals        plural (when not the singular) -> its noun row
             adjectives     base -> frequency
             comparatives   comparative -> its base (a string)
             superlatives   superlative -> its base (a string)
  verbs    per row: base, 3rd person, past, past participle, -ing form (strings; "-" or empty
           for none), frequency: 6 UInt32
  nouns    per row: singular, plural (strings), noun, verb and adjective frequency: 5 UInt32
  readings UInt32 verb row << 3 | form (0 base, 1 3rd person, 2 past, 3 past participle,
           4 -ing form), in the order the verb rows give them
  strings  UInt32 where each string starts in the pool, and the pool's size
  pool     the strings' UTF-8 bytes, each distinct string once (so two strings are equal
           exactly when their references are). A string is referred to by its number.
The analyser makes each string a Swift string once at load (most are short enough to need no
heap of their own), so that a lookup that answers with words copies them rather than decoding
them.
"""
import os
import struct

import hashed_table

LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "TutorRules", "Resources", "lexicon")
EMPTY = 0xFFFFFFFF


def rows(name, columns):
    """The rows of a TSV, as DataFile.forEachRow gives them."""
    path = os.path.join(LEXICON, name)
    with open(path, "rb") as table:
        text = table.read().decode("utf-8")
    for number, line in enumerate(text.split("\n"), 1):
        line = line.strip(" \t\r")
        if not line or line.startswith("#"):
            continue
        fields = [field.strip(" \t\r") for field in line.split("\t")]
        if len(fields) < columns:
            raise SystemExit(f"gen-word-forms: {name} line {number} has {len(fields)} columns, expected {columns}")
        yield fields


def number(field):
    return int(field) if field and all("0" <= c <= "9" for c in field) else 0


pool, strings, starts = bytearray(), {}, []


def string(text):
    """The number of a string, added to the pool the first time."""
    if text not in strings:
        strings[text] = len(starts)
        starts.append(len(pool))
        pool.extend(text.encode("utf-8"))
    return strings[text]


verb_rows, readings = [], []
verb_bases, form_readings = {}, {}
for fields in rows("verbs.tsv", 6):
    forms = fields[:5]
    row = len(verb_rows)
    verb_rows.append([string(form) for form in forms] + [number(fields[5])])
    verb_bases[forms[0]] = row
    for kind, form in enumerate(forms):
        if form and form != "-":
            form_readings.setdefault(form, []).append(row << 3 | kind)
verb_forms = {}
for form, found in form_readings.items():
    if len(found) > 255:
        raise SystemExit(f"gen-word-forms: {form!r} has more than 255 readings")
    verb_forms[form] = len(readings) << 8 | len(found)
    readings += found

noun_rows, singulars, plurals = [], {}, {}
for fields in rows("nouns.tsv", 5):
    row = len(noun_rows)
    singular, plural = fields[0], fields[1]
    noun_rows.append([string(singular), string(plural), number(fields[2]), number(fields[3]), number(fields[4])])
    singulars[singular] = row
    if plural != singular and plural not in plurals:
        plurals[plural] = row

adjectives, comparatives, superlatives = {}, {}, {}
for fields in rows("adjectives.tsv", 4):
    base, comparative, superlative = fields[0], fields[1], fields[2]
    adjectives[base] = number(fields[3])
    if comparative != "-":
        comparatives[comparative] = string(base)
    if superlative != "-":
        superlatives[superlative] = string(base)


def index(table):
    """The slots of a table of words to UInt32 values, as bytes."""
    size = 8
    while size < 2 * len(table):
        size *= 2
    slots = [(0, EMPTY, 0)] * size
    seen = {}
    for word, value in table.items():
        key = hashed_table.fnv1a(word)
        if key in seen:
            raise SystemExit(f"gen-word-forms: hash collision between {seen[key]!r} and {word!r}")
        seen[key] = word
        slot = key & (size - 1)
        while slots[slot][1] != EMPTY:
            slot = (slot + 1) & (size - 1)
        slots[slot] = (key, string(word), value)
    return size, b"".join(struct.pack("<QII", *slot) for slot in slots)


indexes = [index(table) for table in (verb_bases, verb_forms, singulars, plurals, adjectives, comparatives, superlatives)]
with open(os.path.join(LEXICON, "forms.bin"), "wb") as out:
    out.write(b"CTLX" + struct.pack("<5I", len(pool), len(starts), len(verb_rows), len(noun_rows), len(readings)))
    out.write(struct.pack("<8I", *(size for size, _ in indexes), 0))
    for _, slots in indexes:
        out.write(slots)
    for row in verb_rows + noun_rows:
        out.write(struct.pack(f"<{len(row)}I", *row))
    out.write(struct.pack(f"<{len(readings)}I", *readings))
    out.write(struct.pack(f"<{len(starts) + 1}I", *starts, len(pool)))
    out.write(pool)
print(f"gen-word-forms: {len(verb_rows)} verbs, {len(noun_rows)} nouns, {len(adjectives)} adjectives, "
      f"{len(starts)} strings -> forms.bin ({os.path.getsize(os.path.join(LEXICON, 'forms.bin'))} bytes)")
