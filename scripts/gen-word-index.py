#!/usr/bin/env python3
"""Generates frequency.bin and trie.bin in Sources/TutorRules/Resources/lexicon from
frequency.tsv (scripts/gen-frequency.py): the same words and Zipf frequencies, in the forms
the analyser maps at start-up instead of parsing 59,000 lines and building a trie (that took
about 30 ms of every start). Run it after gen-frequency.py; a test fails while they differ.

    python3 scripts/gen-word-index.py

frequency.bin: a hashed table (scripts/hashed_table.py), magic "CTFQ": word -> Zipf x 100.

trie.bin (read by Sources/TutorRules/Spelling/WordTrie.swift), little-endian: the 4 bytes
"CTTR"; UInt32 node count m, word count n, pool size p, longest word; then Int32
firstChild[m], Int32 wordAtNode[m] (-1: no word ends there), UInt32 wordStart[n + 1] (into
the pool), UInt16 usage[n] (Zipf x 100), UInt16 childCount[m], UInt8 letter[m], and the
words' letters, pool[p]. Node 0 is the root; the words are in byte order, and the nodes
breadth first, so that a node's children are side by side.
"""
import os
import struct

import hashed_table

LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "TutorRules", "Resources", "lexicon")

usage = {}
with open(os.path.join(LEXICON, "frequency.tsv"), encoding="utf-8") as table:
    for line in table:
        line = line.strip()
        if line and not line.startswith("#"):
            word, zipf = line.split("\t")[:2]
            usage[word.strip()] = int(zipf)
hashed_table.write(os.path.join(LEXICON, "frequency.bin"), "CTFQ", usage)

words = sorted(w.encode() for w in usage if w and all("a" <= c <= "z" for c in w))
letters, first_child, child_count, word_at_node = [0], [0], [0], [-1]
queue, head = [(0, 0, len(words), 0)], 0
while head < len(queue):
    node, lower, upper, depth = queue[head]
    head += 1
    if lower < upper and len(words[lower]) == depth:
        word_at_node[node] = lower
        lower += 1
    first_child[node] = len(letters)
    index = lower
    while index < upper:
        letter = words[index][depth]
        end = index + 1
        while end < upper and words[end][depth] == letter:
            end += 1
        letters.append(letter)
        first_child.append(0)
        child_count.append(0)
        word_at_node.append(-1)
        queue.append((len(letters) - 1, index, end, depth + 1))
        child_count[node] += 1
        index = end

pool = b"".join(words)
starts = [0]
for word in words:
    starts.append(starts[-1] + len(word))
m, n = len(letters), len(words)
with open(os.path.join(LEXICON, "trie.bin"), "wb") as out:
    out.write(b"CTTR" + struct.pack("<4I", m, n, len(pool), max(map(len, words), default=0)))
    out.write(struct.pack(f"<{m}i", *first_child) + struct.pack(f"<{m}i", *word_at_node))
    out.write(struct.pack(f"<{n + 1}I", *starts) + struct.pack(f"<{n}H", *(usage[w.decode()] for w in words)))
    out.write(struct.pack(f"<{m}H", *child_count) + bytes(letters) + pool)
print(f"gen-word-index: {len(usage)} words, a trie of {m} nodes -> frequency.bin, trie.bin")
