"""The analyser's hashed word tables (read by Sources/TutorRules/Lexicon/HashedWordTable.swift).

Format (little-endian): 4 magic bytes, a UInt32 count n, n UInt64 keys in ascending order,
n UInt16 values, zeros to a multiple of 4 bytes, then the keys' index by their top b bits
(b = floor(log2 n), at least 1): for each of the 2^b values, as UInt32, the index of the first
key with those top bits or more, and n (2^b + 1 in all). A key is the 64-bit FNV-1a hash of
the UTF-8 of a word (or of words joined by a space). The index is stored rather than built at
start-up so that only the pages lookups read are resident (issue 17).
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
        out.write(bytes(-(8 + 10 * len(keys)) % 4))
        starts = buckets(keys)
        out.write(struct.pack(f"<{len(starts)}I", *starts))
    return len(keys)


def buckets(keys):
    """The index of sorted 64-bit keys by their top bits (about two keys a bucket): for each
    value of the bits, the index of the first key with those bits or more, then len(keys)."""
    bits = max(1, max(len(keys), 1).bit_length() - 1)
    starts = [len(keys)] * ((1 << bits) + 1)
    next_bucket = 0
    for index, key in enumerate(keys):
        while next_bucket <= key >> (64 - bits):
            starts[next_bucket] = index
            next_bucket += 1
    return starts
