"""The analyser's hashed word tables (read by Sources/TutorRules/Lexicon/HashedWordTable.swift).

Format (little-endian): 4 magic bytes, a UInt32 count n, n UInt64 keys in ascending order,
then n UInt16 values. A key is the 64-bit FNV-1a hash of the UTF-8 of a word (or of words
joined by a space).
"""
import struct


def fnv1a(text):
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def write(path, magic, table):
    """Writes {text: value} as a table; exits on a hash collision (the words are not stored)."""
    by_key = {}
    for text, value in table.items():
        key = fnv1a(text)
        if key in by_key:
            raise SystemExit(f"{path}: hash collision between {by_key[key]!r} and {text!r}")
        by_key[key] = text
    keys = sorted(by_key)
    with open(path, "wb") as out:
        out.write(magic.encode() + struct.pack("<I", len(keys)))
        out.write(struct.pack(f"<{len(keys)}Q", *keys))
        out.write(struct.pack(f"<{len(keys)}H", *(min(65535, table[by_key[key]]) for key in keys)))
    return len(keys)
