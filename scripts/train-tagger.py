#!/usr/bin/env python3
"""Trains the part-of-speech tagger (Sources/TutorRules/Tagger/) on the English Web Treebank.

An averaged perceptron (Collins 2002; Honnibal, "A good part-of-speech tagger in about 200
lines of Python", 2013) over the Penn tags (XPOS, column 5 of the CoNLL-U files), greedy left
to right with the two previous predicted tags as features. Learner text is not the treebank's
edited web English, so a share of the training sentences each round is lower-cased (at the
start or throughout) or loses its apostrophes ("dont", "im"); dev accuracy is printed as is,
lower-cased and without apostrophes.

The features are computed on UTF-8 bytes, exactly as Sources/TutorRules/Tagger/
TaggerFeatures.swift does, and hashed with 64-bit FNV-1a; besides the word, its affixes, its
shape and its neighbours, a word's classes are features: its forms in ChatTutor's lexicon
(Resources/lexicon: noun, plural, verb forms, adjective forms, name) with its Zipf frequency,
and the set of tags it had in train, so unseen words and the words ahead are better guessed; the weights are rounded to 16-bit integers (one scale for the
model) before dev is scored, so the accuracy printed is that of the shipped model, and Swift's
integer sums pick the same tags.

Writes Sources/TutorRules/Resources/tagger/:
  tagger.bin             little-endian: magic "CTPT", UInt32 feature count n, UInt32 weight
                         count m, UInt32 tag count; n records of a feature (UInt64 hash,
                         ascending; UInt32 index of its first weight, UInt32 weight count);
                         m weights as UInt32 (tag index << 16 | Int16 weight)
  tags.txt               the tags, one a line, in index order
  tag-dictionary.tsv     frequent words seen with one tag (word, tag): tagged without the model
  lexicon-classes.bin    hashed table (scripts/hashed_table.py), magic "CTLC": lower-case word
                         -> its lexicon forms (bits) and Zipf frequency (0-7, above them)
  treebank-classes.bin   hashed table, magic "CTTC": lower-case word -> the number of the set
                         of tags it had in train (words seen 3 times or more)
Contractions learners write without an apostrophe are split by the Swift side as listed in
tagger/contractions.tsv (written by hand), as the treebank splits "dont" into "do" + "nt".
With --fixture, also Tests/Fixtures/tagger-dev.tsv: the first sentences of dev
with the gold tags and the Python tagger's tags, which the Swift tests must reproduce.

Usage: scripts/train-tagger.py [--iterations 10] [--seed 15] [--fixture] [--report]
(about 3 minutes of CPU on one core; the same arguments write the same files: rerun with the
defaults, it rewrote every shipped file and the fixture byte for byte and printed "dev XPOS
accuracy: 0.9463 as written, 0.9361 lower-cased, 0.9461 without apostrophes" and, as learners
write (the first word lower-cased, no apostrophes), 0.9460)
       scripts/train-tagger.py --score-shipped
(scores the shipped files on dev, the four ways, without training: about 10 s of CPU)
--evaluate 6 8 prints the dev accuracy after those rounds (for choosing --iterations);
--noise-scale 0 trains on the sentences as written (the same random draws), 0.5 on half the
noise.
The treebank is CC BY-SA 4.0 (../shared/data/ud-ewt/README.md); so are the weights made from it.
"""
import argparse
import os
import random
import struct
import sys
import time
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hashed_table  # noqa: E402


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("UD_EWT", os.path.join(ROOT, "..", "shared", "data", "ud-ewt"))
OUT = os.path.join(ROOT, "Sources", "TutorRules", "Resources", "tagger")
FIXTURE = os.path.join(ROOT, "Tests", "Fixtures", "tagger-dev.tsv")

START = [b"-START2-", b"-START-"]
END = [b"-END-", b"-END2-"]
NOISE_LOWER_START, NOISE_LOWER_ALL, NOISE_NO_APOSTROPHES = 0.15, 0.10, 0.10


def read_conllu(path):
    """Sentences as ([word bytes], [tag]) over the syntactic words (not multiword tokens)."""
    sentences, words, tags = [], [], []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sentences.append((words, tags))
                words, tags = [], []
                continue
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            if not fields[0].isdigit():
                continue  # a multiword token's range (1-2) or an empty node (1.1)
            words.append(fields[1].encode("utf-8"))
            tags.append(fields[4])
    if words:
        sentences.append((words, tags))
    return sentences


# ---------------------------------------------------------------------------------------
# Features (Sources/TutorRules/Tagger/TaggerFeatures.swift computes the same bytes)

def normalise(word):
    """The word as the tagger reads it: curly apostrophes straight, A-Z lower-cased, numbers
    and hyphenated words as classes."""
    word = word.replace("’".encode(), b"'")
    if b"-" in word and word[:1] != b"-":
        return b"!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return b"!YEAR"
    if word[:1].isdigit():
        return b"!DIGITS"
    return word.lower()


def shape(word):
    """Each byte's class (X upper, x lower, d digit, u non-ASCII, else the byte), runs of one
    class written once: "McDonald's" -> "XxXx'x"."""
    out = bytearray()
    for byte in word:
        if 65 <= byte <= 90:
            cls = 88  # X
        elif 97 <= byte <= 122:
            cls = 120  # x
        elif 48 <= byte <= 57:
            cls = 100  # d
        elif byte >= 128:
            cls = 117  # u
        else:
            cls = byte
        if not out or out[-1] != cls:
            out.append(cls)
    return bytes(out)


LEXICON = os.path.join(ROOT, "Sources", "TutorRules", "Resources", "lexicon")
# The lexicon's word forms as bits of a word's class (above them, 3 bits of Zipf frequency).
LEXICON_FORMS = {
    "nouns.tsv": ["NN", "NNS"],
    "verbs.tsv": ["VB", "VBZ", "VBD", "VBN", "VBG"],
    "adjectives.tsv": ["JJ", "JJR", "JJS"],
    "proper-nouns.tsv": ["NNP"],
}
LEXICON_BITS = [tag for tags in LEXICON_FORMS.values() for tag in tags]


def read_lexicon_classes():
    """{lower-case word: its forms in ChatTutor's lexicon as bits (NN = 1, NNS = 2, ...) and
    its Zipf frequency (0-7) shifted past them}; a word the lexicon does not know is 0."""
    classes = defaultdict(int)
    for name, forms in LEXICON_FORMS.items():
        with open(os.path.join(LEXICON, name), encoding="utf-8") as table:
            for line in table:
                if line.startswith("#") or not line.strip():
                    continue
                fields = line.rstrip("\n").split("\t")
                for column, form in enumerate(forms):
                    if column < len(fields) and fields[column] not in ("", "-"):
                        classes[fields[column].strip().lower()] |= 1 << LEXICON_BITS.index(form)
    with open(os.path.join(LEXICON, "frequency.tsv"), encoding="utf-8") as table:
        for line in table:
            if line.startswith("#") or not line.strip():
                continue
            word, zipf = line.rstrip("\n").split("\t")[:2]
            classes[word.strip()] |= min(7, int(zipf) // 100) << len(LEXICON_BITS)
    return {word.encode(): value for word, value in classes.items() if value}


def make_ambiguity_classes(sentences, minimum=3, share=0.05):
    """{lower-case word: the index of the set of tags it has in train} for words seen at least
    `minimum` times (tags under `share` of its uses left out); the index is the set's place
    among all the sets, sorted."""
    counts = defaultdict(Counter)
    for words, tags in sentences:
        for word, tag in zip(words, tags):
            counts[word.replace("’".encode(), b"'").lower()][tag] += 1
    sets = {}
    for word, tag_counts in counts.items():
        total = sum(tag_counts.values())
        if total >= minimum:
            sets[word] = "|".join(sorted(tag for tag, count in tag_counts.items() if count >= share * total))
    names = sorted(set(sets.values()))
    index = {name: position + 1 for position, name in enumerate(names)}
    return {word: index[name] for word, name in sets.items()}


WORD_CLASSES = {}
AMBIGUITY_CLASSES = {}
_word_features = {}


def word_features(word):
    """The features of the word itself (cached: they do not depend on its place)."""
    cached = _word_features.get(word)
    if cached is not None:
        return cached
    norm = normalise(word)
    lower = word.replace("’".encode(), b"'").lower()
    classes = b"%d %d" % (WORD_CLASSES.get(lower, 0), AMBIGUITY_CLASSES.get(lower, 0))
    word_shape = shape(word)
    features = [
        b"c " + classes,
        b"w " + norm,
        b"W " + word.replace("’".encode(), b"'"),
        b"s1 " + lower[-1:], b"s2 " + lower[-2:], b"s3 " + lower[-3:], b"s4 " + lower[-4:], b"s5 " + lower[-5:],
        b"p1 " + lower[:1], b"p2 " + lower[:2], b"p3 " + lower[:3], b"p4 " + lower[:4],
        b"sh " + word_shape,
    ]
    _word_features[word] = (norm, lower, features, classes, word_shape)
    return _word_features[word]


def features(i, words, norms, lowers, classes, shapes, previous, previous2):
    """The features of word i (of the padded context: words[i + 2] is the word) given the two
    previous tags."""
    word = words[i + 2]
    norm = norms[i + 2]
    found = [b"b"]
    found += word_features(word)[2]
    found += [
        b"sh0 " + (b"1 " if i == 0 else b"0 ") + shape(word[:1]),
        b"t1 " + previous,
        b"t2 " + previous2,
        b"t12 " + previous + b" " + previous2,
        b"t1w " + previous + b" " + norm,
        b"w-1 " + norms[i + 1],
        b"s-1 " + lowers[i + 1][-3:],
        b"w-2 " + norms[i],
        b"w+1 " + norms[i + 3],
        b"s+1 " + lowers[i + 3][-3:],
        b"w+2 " + norms[i + 4],
        b"ww-1 " + norms[i + 1] + b" " + norm,
        b"ww+1 " + norm + b" " + norms[i + 3],
        b"c-1 " + classes[i + 1],
        b"c+1 " + classes[i + 3],
        b"c+2 " + classes[i + 4],
        b"t1c " + previous + b" " + classes[i + 2],
        b"cc+1 " + classes[i + 2] + b" " + classes[i + 3],
        b"sh-1 " + shapes[i + 1],
        b"sh+1 " + shapes[i + 3],
        b"t1s " + previous + b" " + lowers[i + 2][-3:],
    ]
    return found


def context(words):
    """The sentence padded with two markers at each end, its words' normal and lower-cased
    forms (a marker is its own form)."""
    forms = [word_features(word) for word in words]
    padded = START + list(words) + END
    norms = START + [form[0] for form in forms] + END
    lowers = START + [form[1] for form in forms] + END
    classes = [b"0 0", b"0 0"] + [form[3] for form in forms] + [b"0 0", b"0 0"]
    shapes = [shape(START[0]), shape(START[1])] + [form[4] for form in forms] + [shape(END[0]), shape(END[1])]
    return padded, norms, lowers, classes, shapes


# ---------------------------------------------------------------------------------------
# The averaged perceptron

def best_tag(scores, tag_count):
    """The highest-scoring tag; the lowest index wins a tie (as the Swift tagger does)."""
    best = 0
    for tag in range(1, tag_count):
        if scores[tag] > scores[best]:
            best = tag
    return best


class Perceptron:
    def __init__(self, tag_count):
        self.tag_count = tag_count
        self.weights = {}  # feature -> {tag: weight}
        self.totals = defaultdict(float)  # (feature, tag) -> accumulated weight
        self.stamps = defaultdict(int)  # (feature, tag) -> the instance of its last change
        self.instances = 0

    def predict(self, feats):
        scores = [0.0] * self.tag_count
        for feat in feats:
            row = self.weights.get(feat)
            if row:
                for tag, weight in row.items():
                    scores[tag] += weight
        return max(range(self.tag_count), key=lambda tag: (scores[tag], -tag))

    def update(self, truth, guess, feats):
        self.instances += 1
        if truth == guess:
            return
        for feat in feats:
            row = self.weights.setdefault(feat, {})
            for tag, change in ((truth, 1.0), (guess, -1.0)):
                weight = row.get(tag, 0.0)
                key = (feat, tag)
                self.totals[key] += (self.instances - self.stamps[key]) * weight
                self.stamps[key] = self.instances
                row[tag] = weight + change

    def averaged(self):
        """{feature: {tag: averaged weight}} without zeros."""
        result = {}
        for feat, row in self.weights.items():
            averaged = {}
            for tag, weight in row.items():
                key = (feat, tag)
                total = self.totals[key] + (self.instances - self.stamps[key]) * weight
                value = total / self.instances
                if value:
                    averaged[tag] = value
            if averaged:
                result[feat] = averaged
        return result


class QuantisedModel:
    """The model as shipped: weights as Int16 (one scale), summed as integers."""

    def __init__(self, averaged, tag_count, minimum):
        largest = max(abs(w) for row in averaged.values() for w in row.values())
        self.scale = 32767 / largest
        self.tag_count = tag_count
        self.weights = {}
        for feat, row in averaged.items():
            quantised = [(tag, round(w * self.scale)) for tag, w in sorted(row.items())]
            quantised = [(tag, w) for tag, w in quantised if abs(w) >= minimum]
            if quantised:
                self.weights[feat] = quantised

    def predict(self, feats):
        scores = [0] * self.tag_count
        for feat in feats:
            row = self.weights.get(feat)
            if row:
                for tag, weight in row:
                    scores[tag] += weight
        return best_tag(scores, self.tag_count)


# ---------------------------------------------------------------------------------------
# Tagging

class Tagger:
    def __init__(self, tags, tag_dictionary, model):
        self.tags = tags
        self.tag_bytes = [tag.encode() for tag in tags]
        self.tag_dictionary = tag_dictionary  # word bytes -> tag index
        self.model = model

    def tag(self, words, train_truth=None, learner=None):
        padded, norms, lowers, classes, shapes = context(words)
        previous, previous2 = START[1], START[0]
        guesses = []
        for i, word in enumerate(words):
            guess = self.tag_dictionary.get(word)
            if guess is None:
                feats = features(i, padded, norms, lowers, classes, shapes, previous, previous2)
                guess = self.model.predict(feats)
                if learner is not None:
                    learner.update(train_truth[i], guess, feats)
            guesses.append(guess)
            previous2, previous = previous, self.tag_bytes[guess]
        return guesses


def make_tag_dictionary(sentences, tag_index, minimum=20, share=0.97):
    counts = defaultdict(Counter)
    for words, tags in sentences:
        for word, tag in zip(words, tags):
            counts[word][tag] += 1
    dictionary = {}
    for word, tag_counts in counts.items():
        tag, count = tag_counts.most_common(1)[0]
        total = sum(tag_counts.values())
        if total >= minimum and count / total >= share:
            dictionary[word] = tag_index[tag]
    return dictionary


# ---------------------------------------------------------------------------------------
# Learner-like noise

def drop_apostrophes(word):
    stripped = word.replace(b"'", b"").replace("’".encode(), b"")
    return stripped or word


def lower_first(words):
    return [words[0].lower()] + list(words[1:]) if words else words


def noisy(words, rng, scale=1.0):
    """The sentence as a learner might write it (or as it is)."""
    roll = rng.random()
    if roll < NOISE_LOWER_START * scale:
        words = lower_first(words)
    elif roll < (NOISE_LOWER_START + NOISE_LOWER_ALL) * scale:
        words = [word.lower() for word in words]
    if rng.random() < NOISE_NO_APOSTROPHES * scale:
        words = [drop_apostrophes(word) for word in words]
    return words


def report(tagger, sentences, known):
    """The commonest confusions on dev, and the accuracy on words train never had."""
    confusions, unknown_right, unknown = Counter(), 0, 0
    for words, tags in sentences:
        for word, gold, guess in zip(words, tags, tagger.tag(words)):
            guess = tagger.tags[guess]
            if word not in known:
                unknown += 1
                unknown_right += guess == gold
            if guess != gold:
                confusions[(gold, guess)] += 1
    print(f"words not in train: {unknown}, {unknown_right / max(unknown, 1):.4f} right")
    print("gold -> guessed: " + ", ".join(f"{g}->{t} {n}" for (g, t), n in confusions.most_common(20)))


def accuracy(tagger, sentences, transform=lambda words: words):
    right = total = 0
    for words, tags in sentences:
        guesses = tagger.tag(transform(words))
        right += sum(tagger.tags[g] == t for g, t in zip(guesses, tags))
        total += len(tags)
    return right / total


# ---------------------------------------------------------------------------------------
# Output

def fnv1a_bytes(data):
    """64-bit FNV-1a, as scripts/hashed_table.py and the Swift side hash (over bytes here: a
    suffix may cut a character)."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def write_model(model, tags, tag_dictionary):
    os.makedirs(OUT, exist_ok=True)
    by_key = {}
    for feat in model.weights:
        key = fnv1a_bytes(feat)
        if key in by_key:
            raise SystemExit(f"feature hash collision: {by_key[key]!r} and {feat!r}")
        by_key[key] = feat
    keys = sorted(by_key)
    records, entries = [], []
    for key in keys:
        row = model.weights[by_key[key]]
        records.append(struct.pack("<QII", key, len(entries), len(row)))
        entries += [(tag << 16) | (weight & 0xFFFF) for tag, weight in row]
    path = os.path.join(OUT, "tagger.bin")
    with open(path, "wb") as out:
        out.write(b"CTPT" + struct.pack("<III", len(keys), len(entries), len(tags)))
        out.write(b"".join(records))
        out.write(struct.pack(f"<{len(entries)}I", *entries))
    hashed_table.write(os.path.join(OUT, "lexicon-classes.bin"), "CTLC",
                       {word.decode(): value for word, value in WORD_CLASSES.items()})
    hashed_table.write(os.path.join(OUT, "treebank-classes.bin"), "CTTC",
                       {word.decode(): value for word, value in AMBIGUITY_CLASSES.items()})
    with open(os.path.join(OUT, "tags.txt"), "w", encoding="utf-8") as out:
        out.write("# The tagger's Penn tags in index order (scripts/train-tagger.py).\n")
        out.write("".join(tag + "\n" for tag in tags))
    with open(os.path.join(OUT, "tag-dictionary.tsv"), "w", encoding="utf-8") as out:
        out.write("# Words seen at least 20 times in UD EWT train, 97% of them with one tag: tagged without\n")
        out.write("# the model (scripts/train-tagger.py).\n")
        for word in sorted(tag_dictionary):
            out.write(f"{word.decode()}\t{tags[tag_dictionary[word]]}\n")
    return os.path.getsize(path), len(keys), len(entries)


class ShippedModel:
    """The model as written in tagger.bin (weights by feature hash), for --score-shipped."""

    def __init__(self, path):
        with open(path, "rb") as data:
            image = data.read()
        if image[:4] != b"CTPT":
            raise SystemExit(f"{path}: not a tagger model")
        count, weight_count, self.tag_count = struct.unpack_from("<III", image, 4)
        records = struct.iter_unpack("<QII", image[16:16 + 16 * count])
        weights = struct.unpack_from(f"<{weight_count}I", image, 16 + 16 * count)
        signed = [(entry >> 16, entry & 0xFFFF if entry & 0x8000 == 0 else (entry & 0xFFFF) - 0x10000)
                  for entry in weights]
        self.rows = {key: signed[first:first + length] for key, first, length in records}
        self.hashes = {}

    def predict(self, feats):
        scores = [0] * self.tag_count
        for feat in feats:
            key = self.hashes.get(feat)
            if key is None:
                key = self.hashes[feat] = fnv1a_bytes(feat)
            for tag, weight in self.rows.get(key, ()):
                scores[tag] += weight
        return best_tag(scores, self.tag_count)


class ShippedTable:
    """A hashed word table as written (scripts/hashed_table.py), looked up like a dict."""

    def __init__(self, path):
        with open(path, "rb") as data:
            image = data.read()
        (count,) = struct.unpack_from("<I", image, 4)
        keys = struct.unpack_from(f"<{count}Q", image, 8)
        values = struct.unpack_from(f"<{count}H", image, 8 + 8 * count)
        self.values = dict(zip(keys, values))

    def get(self, word, default=0):
        return self.values.get(fnv1a_bytes(word), default)


def shipped_tagger():
    """The tagger as Sources/TutorRules/Resources/tagger/ holds it, without training."""
    with open(os.path.join(OUT, "tags.txt"), encoding="utf-8") as lines:
        tags = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    tag_index = {tag: index for index, tag in enumerate(tags)}
    dictionary = {}
    with open(os.path.join(OUT, "tag-dictionary.tsv"), encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                word, tag = line.rstrip("\n").split("\t")
                dictionary[word.encode()] = tag_index[tag]
    global WORD_CLASSES, AMBIGUITY_CLASSES
    WORD_CLASSES = ShippedTable(os.path.join(OUT, "lexicon-classes.bin"))
    AMBIGUITY_CLASSES = ShippedTable(os.path.join(OUT, "treebank-classes.bin"))
    return Tagger(tags, dictionary, ShippedModel(os.path.join(OUT, "tagger.bin")))


def print_accuracies(tagger, dev):
    plain = accuracy(tagger, dev)
    lower = accuracy(tagger, dev, lambda words: [word.lower() for word in words])
    bare = accuracy(tagger, dev, lambda words: [drop_apostrophes(word) for word in words])
    learner_like = accuracy(tagger, dev, lambda words: lower_first([drop_apostrophes(word) for word in words]))
    print(f"dev XPOS accuracy: {plain:.4f} as written, {lower:.4f} lower-cased, {bare:.4f} without apostrophes")
    print(f"dev XPOS accuracy as learners write (first word lower-cased, no apostrophes): {learner_like:.4f}")


def write_fixture(tagger, sentences, count):
    os.makedirs(os.path.dirname(FIXTURE), exist_ok=True)
    with open(FIXTURE, "w", encoding="utf-8") as out:
        out.write("# The first dev sentences of UD EWT (CC BY-SA 4.0): word, gold tag, the tag\n")
        out.write("# scripts/train-tagger.py's tagger gives; a blank line ends a sentence.\n")
        for words, tags in sentences[:count]:
            for word, gold, guess in zip(words, tags, tagger.tag(words)):
                out.write(f"{word.decode()}\t{gold}\t{tagger.tags[guess]}\n")
            out.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--iterations", type=int, default=10)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--minimum-weight", type=int, default=1, help="drop quantised weights below this")
    parser.add_argument("--fixture", action="store_true", help="also write the Swift tests' fixture")
    parser.add_argument("--fixture-sentences", type=int, default=300)
    parser.add_argument("--no-write", action="store_true", help="train and score only")
    parser.add_argument("--no-noise", action="store_true", help="train on the sentences as written")
    parser.add_argument("--report", action="store_true", help="print dev's commonest confusions")
    parser.add_argument("--noise-scale", type=float, default=1.0, help="scale the shares of noisy sentences")
    parser.add_argument("--score-shipped", action="store_true", help="score the shipped model on dev, no training")
    parser.add_argument("--evaluate", type=int, nargs="*", default=[],
                        help="after these iterations, print dev accuracy")
    arguments = parser.parse_args()

    dev = read_conllu(os.path.join(DATA, "en_ewt-ud-dev.conllu"))
    if arguments.score_shipped:
        print_accuracies(shipped_tagger(), dev)
        return
    train = read_conllu(os.path.join(DATA, "en_ewt-ud-train.conllu"))
    tags = sorted({tag for _, sentence_tags in train for tag in sentence_tags})
    tag_index = {tag: index for index, tag in enumerate(tags)}
    tag_dictionary = make_tag_dictionary(train, tag_index)
    WORD_CLASSES.update(read_lexicon_classes())
    AMBIGUITY_CLASSES.update(make_ambiguity_classes(train))
    print(f"train: {len(train)} sentences, {sum(len(w) for w, _ in train)} words; {len(tags)} tags; "
          f"{len(tag_dictionary)} words in the tag dictionary")

    rng = random.Random(arguments.seed)
    learner = Perceptron(len(tags))
    tagger = Tagger(tags, tag_dictionary, learner)
    order = list(train)
    for iteration in range(arguments.iterations):
        started = time.time()
        rng.shuffle(order)
        for words, sentence_tags in order:
            truth = [tag_index[tag] for tag in sentence_tags]
            if not arguments.no_noise:
                words = noisy(words, rng, arguments.noise_scale)
            tagger.tag(words, train_truth=truth, learner=learner)
        print(f"iteration {iteration + 1}: {time.time() - started:.0f} s", flush=True)
        if iteration + 1 in arguments.evaluate:
            averaged = QuantisedModel(learner.averaged(), len(tags), arguments.minimum_weight)
            score = accuracy(Tagger(tags, tag_dictionary, averaged), dev)
            print(f"  dev after {iteration + 1}: {score:.4f}", flush=True)

    model = QuantisedModel(learner.averaged(), len(tags), arguments.minimum_weight)
    shipped = Tagger(tags, tag_dictionary, model)
    print_accuracies(shipped, dev)
    if arguments.report:
        report(shipped, dev, {word for words, _ in train for word in words})
    if not arguments.no_write:
        size, features_count, weight_count = write_model(model, tags, tag_dictionary)
        print(f"wrote {OUT}/tagger.bin: {size:,} bytes, {features_count:,} features, {weight_count:,} weights")
    if arguments.fixture:
        write_fixture(shipped, dev, arguments.fixture_sentences)
        print(f"wrote {FIXTURE}")


if __name__ == "__main__":
    main()
