// The features the tagger weighs for each word: the same bytes scripts/train-tagger.py hashes.

/// 64-bit FNV-1a over bytes, as a running state, so that a feature's fixed prefix ("w ",
/// "t1w NN ") is hashed once and each word's bytes continue from it. The same function as
/// `HashedWordTable.hash` (a test checks they agree), fed byte slices: a suffix feature may cut
/// a character in two, as the training script's does.
struct FeatureHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    init() {}

    init(_ text: String) { append(Array(text.utf8)) }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
    }

    mutating func append(_ bytes: [UInt8]) { append(bytes[...]) }

    mutating func append(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }

    /// The hash of this prefix followed by `bytes`.
    func continued(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var copy = self
        copy.append(bytes)
        return copy.value
    }

    func continued(_ bytes: [UInt8]) -> UInt64 { continued(bytes[...]) }
}

/// A word as the features read it (scripts/train-tagger.py: `normalise`, `shape`). The forms
/// share their storage when they are the same bytes, as most words' are: tagging allocates
/// little.
struct TaggerWordForm {
    /// Curly apostrophes straight, A–Z lower-cased: suffixes and prefixes read this.
    let lower: [UInt8]
    /// Curly apostrophes straight, the case as written.
    let written: [UInt8]
    /// `lower`, or a class for numbers and hyphenated words ("!YEAR", "!DIGITS", "!HYPHEN").
    let normal: [UInt8]
    /// The word's shape (`shape(_:)`; curly apostrophes are non-ASCII there).
    let shape: [UInt8]
    /// The shape of the word's first byte (nil for an empty word).
    let initialShape: UInt8?
    /// What the word can be: "LEXICON TREEBANK", two numbers (`TaggerFeatures.classes`).
    var classes: [UInt8] = Self.noClasses

    static let noClasses = Array("0 0".utf8)

    init(_ word: String) {
        let bytes = Array(word.utf8)
        shape = Self.shape(bytes[...])
        initialShape = bytes.first.map(Self.shape(of:))
        var written = bytes
        if bytes.contains(0xE2) {
            // ’ is E2 80 99.
            written.removeAll(keepingCapacity: true)
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    written.append(UInt8(ascii: "'"))
                    index += 3
                } else {
                    written.append(bytes[index])
                    index += 1
                }
            }
        }
        self.written = written
        let lower = written.contains { $0 >= 0x41 && $0 <= 0x5A } ? written.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 } : written
        self.lower = lower
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        if lower.contains(UInt8(ascii: "-")), lower.first != UInt8(ascii: "-") {
            normal = Self.hyphenated
        } else if lower.count == 4, lower.allSatisfy(isDigit) {
            normal = Self.year
        } else if let first = lower.first, isDigit(first) {
            normal = Self.digits
        } else {
            normal = lower
        }
    }

    private static let hyphenated = Array("!HYPHEN".utf8), year = Array("!YEAR".utf8), digits = Array("!DIGITS".utf8)

    /// A padding marker before or after the sentence: its own forms.
    init(marker: String) {
        let bytes = Array(marker.utf8)
        written = bytes
        lower = bytes
        normal = bytes
        shape = Self.shape(bytes[...])
        initialShape = bytes.first.map(Self.shape(of:))
    }

    /// The class of one byte: X upper, x lower, d digit, u non-ASCII, else the byte itself.
    static func shape(of byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: UInt8(ascii: "X")
        case 0x61...0x7A: UInt8(ascii: "x")
        case 0x30...0x39: UInt8(ascii: "d")
        case 0x80...: UInt8(ascii: "u")
        default: byte
        }
    }

    /// Each byte's class (`shape(of:)`), a run of one class written once: "McDonald's" →
    /// "XxXx'x".
    static func shape(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var shape: [UInt8] = []
        for byte in bytes {
            let kind = Self.shape(of: byte)
            if shape.last != kind { shape.append(kind) }
        }
        return shape
    }
}

/// The feature hashes of a sentence's words: what does not depend on the tags is hashed once
/// per word; the six tag features are added as the tagger goes left to right.
struct TaggerFeatures: Sendable {
    /// The padding markers, as the training script names them.
    private static let beforeForms = ["-START2-", "-START-"].map { TaggerWordForm(marker: $0) }
    private static let afterForms = ["-END-", "-END2-"].map { TaggerWordForm(marker: $0) }

    /// Lower-case word → its forms in ChatTutor's lexicon (bits) and Zipf frequency, and the
    /// index of the set of tags it had in the treebank: what a word can be, even one the
    /// weights never saw, and a look at the words ahead.
    private let lexiconClasses: HashedWordTable, treebankClasses: HashedWordTable

    private let bias = FeatureHash("b").value
    private let word = FeatureHash("w "), writtenWord = FeatureHash("W "), shape = FeatureHash("sh ")
    private let suffixes = [FeatureHash("s1 "), FeatureHash("s2 "), FeatureHash("s3 "), FeatureHash("s4 "), FeatureHash("s5 ")]
    private let prefixes = [FeatureHash("p1 "), FeatureHash("p2 "), FeatureHash("p3 "), FeatureHash("p4 ")]
    private let previousShape = FeatureHash("sh-1 "), nextShape = FeatureHash("sh+1 ")
    private let firstShape = [FeatureHash("sh0 0 "), FeatureHash("sh0 1 ")]
    private let previousWord = FeatureHash("w-1 "), previousSuffix = FeatureHash("s-1 "), beforePrevious = FeatureHash("w-2 ")
    private let nextWord = FeatureHash("w+1 "), nextSuffix = FeatureHash("s+1 "), afterNext = FeatureHash("w+2 ")
    private let previousPair = FeatureHash("ww-1 "), nextPair = FeatureHash("ww+1 ")
    private let classes = FeatureHash("c "), previousClasses = FeatureHash("c-1 "), nextClasses = FeatureHash("c+1 ")
    private let afterNextClasses = FeatureHash("c+2 "), classPair = FeatureHash("cc+1 ")
    /// By tag index (the tags, then -START-, then -START2-): "t1 TAG", "t2 TAG", "t12 TAG TAG"
    /// (row: the previous tag), and the prefix "t1w TAG ".
    private let previousTag: [UInt64], tagBeforePrevious: [UInt64], tagPair: [UInt64]
    private let previousTagAndWord: [FeatureHash], previousTagAndClasses: [FeatureHash], previousTagAndSuffix: [FeatureHash]
    let tagNameCount: Int

    /// The index the features give the -START- marker (before the first word), and -START2-.
    var start: Int { tagNameCount - 2 }
    var start2: Int { tagNameCount - 1 }

    init(tags: [String], lexiconClasses: HashedWordTable, treebankClasses: HashedWordTable) {
        self.lexiconClasses = lexiconClasses
        self.treebankClasses = treebankClasses
        let names = tags + ["-START-", "-START2-"]
        tagNameCount = names.count
        previousTag = names.map { FeatureHash("t1 " + $0).value }
        tagBeforePrevious = names.map { FeatureHash("t2 " + $0).value }
        tagPair = names.flatMap { previous in names.map { FeatureHash("t12 " + previous + " " + $0).value } }
        previousTagAndWord = names.map { FeatureHash("t1w " + $0 + " ") }
        previousTagAndClasses = names.map { FeatureHash("t1c " + $0 + " ") }
        previousTagAndSuffix = names.map { FeatureHash("t1s " + $0 + " ") }
    }

    /// The word as the features read it, with its classes.
    func form(of word: String) -> TaggerWordForm {
        var form = TaggerWordForm(word)
        let key = FeatureHash().continued(form.lower)
        let lexicon = lexiconClasses.value(forKey: key) ?? 0, treebank = treebankClasses.value(forKey: key) ?? 0
        if lexicon != 0 || treebank != 0 {
            var classes: [UInt8] = []
            Self.appendDecimal(lexicon, to: &classes)
            classes.append(UInt8(ascii: " "))
            Self.appendDecimal(treebank, to: &classes)
            form.classes = classes
        }
        return form
    }

    /// The words of a sentence with the padding markers around them, as `forEachUntagged`
    /// reads them.
    func padded(_ forms: [TaggerWordForm]) -> [TaggerWordForm] { Self.beforeForms + forms + Self.afterForms }

    /// Calls `body` with each feature of word `index` of `padded` (not counting the markers)
    /// that does not depend on the tags; only the words the model tags need them.
    func forEachUntagged(_ index: Int, of padded: [TaggerWordForm], _ body: (UInt64) -> Void) {
        let at = index + 2
        let form = padded[at]
        body(bias)
        body(word.continued(form.normal))
        body(writtenWord.continued(form.written))
        for (length, suffix) in suffixes.enumerated() { body(suffix.continued(form.lower.suffix(length + 1))) }
        for (length, prefix) in prefixes.enumerated() { body(prefix.continued(form.lower.prefix(length + 1))) }
        body(shape.continued(form.shape))
        body(previousShape.continued(padded[at - 1].shape))
        body(nextShape.continued(padded[at + 1].shape))
        var initial = firstShape[index == 0 ? 1 : 0]
        if let byte = form.initialShape { initial.append(byte) }
        body(initial.value)
        body(previousWord.continued(padded[at - 1].normal))
        body(previousSuffix.continued(padded[at - 1].lower.suffix(3)))
        body(beforePrevious.continued(padded[at - 2].normal))
        body(nextWord.continued(padded[at + 1].normal))
        body(nextSuffix.continued(padded[at + 1].lower.suffix(3)))
        body(afterNext.continued(padded[at + 2].normal))
        var pair = previousPair
        pair.append(padded[at - 1].normal)
        pair.append(Self.space)
        body(pair.continued(form.normal))
        pair = nextPair
        pair.append(form.normal)
        pair.append(Self.space)
        body(pair.continued(padded[at + 1].normal))
        body(classes.continued(form.classes))
        body(previousClasses.continued(padded[at - 1].classes))
        body(nextClasses.continued(padded[at + 1].classes))
        body(afterNextClasses.continued(padded[at + 2].classes))
        pair = classPair
        pair.append(form.classes)
        pair.append(Self.space)
        body(pair.continued(padded[at + 1].classes))
    }

    /// Calls `body` with each of the six features of a word given the two tags before it
    /// (indices into the tags, or `start` / `start2`); a closure rather than an array, which
    /// would be allocated for every word.
    func forEachTagged(previous: Int, beforePrevious: Int, form: TaggerWordForm, _ body: (UInt64) -> Void) {
        body(previousTag[previous])
        body(tagBeforePrevious[beforePrevious])
        body(tagPair[previous * tagNameCount + beforePrevious])
        body(previousTagAndWord[previous].continued(form.normal))
        body(previousTagAndClasses[previous].continued(form.classes))
        body(previousTagAndSuffix[previous].continued(form.lower.suffix(3)))
    }

    private static let space: [UInt8] = [0x20]

    /// The decimal digits of `number` (as Python's `%d` writes them), without a String.
    private static func appendDecimal(_ number: UInt16, to bytes: inout [UInt8]) {
        if number >= 10 { appendDecimal(number / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }
}
