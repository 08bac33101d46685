#!/usr/bin/env python3
"""How common each ERRANT error category is among Korean learners' errors, for ranking modules.

Counts the first annotator's edits in ../shared/data/fce-ko-train/train.m2 (Korean writers of
the FCE corpus) by category ("R:VERB:TENSE" -> "VERB:TENSE") and writes each category's count
and its share relative to the mean category (1.0 = average) to
Sources/TutorRules/Resources/ranking/korean-error-share.tsv. Only counts leave the data set.

    scripts/gen-korean-error-share.py
"""
import collections, os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get("CHATTUTOR_SHARED", os.path.join(root, "..", "shared"))
counts = collections.Counter()
for line in open(os.path.join(shared, "data", "fce-ko-train", "train.m2"), encoding="utf-8"):
    if not line.startswith("A "):
        continue
    fields = line[2:].rstrip("\n").split("|||")
    kind, annotator = fields[1], fields[-1]
    if kind in ("noop", "UNK") or annotator != "0":
        continue
    category = kind.split(":", 1)[1] if kind[:2] in ("M:", "R:", "U:") else kind
    counts[category] += 1
mean = sum(counts.values()) / len(counts)
path = os.path.join(root, "Sources", "TutorRules", "Resources", "ranking", "korean-error-share.tsv")
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w", encoding="utf-8") as out:
    out.write("# How common each ERRANT category is among Korean learners' errors (FCE, Korean writers,\n")
    out.write("# first annotator): count and share relative to the mean category. Written by\n")
    out.write("# scripts/gen-korean-error-share.py; ranks modules.\n")
    out.write("# Columns (tab-separated): category, count, relative share.\n")
    for category, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        out.write(f"{category}\t{count}\t{count / mean:.3f}\n")
print(f"wrote {path}: {len(counts)} categories, {sum(counts.values())} edits")
