// The features the tagger weighs for each word: the same bytes scripts/train-tagger.py hashes.

/// The features of a word in its sentence, hashed as the tagger goes left to right: the
/// word's own, its neighbours', and six of the two tags before it. Each feature is a prefix
/// naming it and the bytes of its value ("s3 ing", "t1w DT house"), as the training script
/// writes them.
struct TaggerFeatures: Sendable {
    /// The padding markers, as the training script names them.
    static let beforeForms = ["-START2-", "-START-"].map { TaggerWordForm(marker: $0) }
    static let afterForms = ["-END-", "-END2-"].map { TaggerWordForm(marker: $0) }

    /// Lower-case word → its forms in ChatTutor's lexicon (bits) and Zipf frequency, and the
    /// index of the set of tags it had in the treebank: what a word can be, even one the
    /// weights never saw, and a look at the words ahead.
    private let lexiconClasses: HashedWordTable, treebankClasses: HashedWordTable

    private let bias = FeatureHash("b").value
    private let word = FeatureHash("w "), writtenWord = FeatureHash("W "), shape = FeatureHash("sh ")
    private let suffixes = [
        FeatureHash("s1 "), FeatureHash("s2 "), FeatureHash("s3 "), FeatureHash("s4 "), FeatureHash("s5 "),
    ]
    private let prefixes = [FeatureHash("p1 "), FeatureHash("p2 "), FeatureHash("p3 "), FeatureHash("p4 ")]
    private let previousShape = FeatureHash("sh-1 "), nextShape = FeatureHash("sh+1 ")
    private let firstShape = [FeatureHash("sh0 0 "), FeatureHash("sh0 1 ")]
    private let previousWord = FeatureHash("w-1 "), previousSuffix = FeatureHash("s-1 "),
        beforePrevious = FeatureHash("w-2 ")
    private let nextWord = FeatureHash("w+1 "), nextSuffix = FeatureHash("s+1 "), afterNext = FeatureHash("w+2 ")
    private let previousPair = FeatureHash("ww-1 "), nextPair = FeatureHash("ww+1 ")
    private let classes = FeatureHash("c "), previousClasses = FeatureHash("c-1 "), nextClasses = FeatureHash("c+1 ")
    private let afterNextClasses = FeatureHash("c+2 "), classPair = FeatureHash("cc+1 ")
    /// By tag index (the tags, then -START-, then -START2-): "t1 TAG", "t2 TAG", "t12 TAG TAG"
    /// (row: the previous tag), and the prefixes "t1w TAG ", "t1c TAG ", "t1s TAG ".
    private let previousTag: [UInt64], tagBeforePrevious: [UInt64], tagPair: [UInt64]
    private let previousTagAndWord: [FeatureHash], previousTagAndClasses: [FeatureHash],
        previousTagAndSuffix: [FeatureHash]
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
        let lexicon = lexiconClasses.value(forKey: key) ?? 0
        let treebank = treebankClasses.value(forKey: key) ?? 0
        if lexicon != 0 || treebank != 0 {
            var classes: [UInt8] = []
            Self.appendDecimal(lexicon, to: &classes)
            classes.append(UInt8(ascii: " "))
            Self.appendDecimal(treebank, to: &classes)
            form.classes = classes
        }
        return form
    }

    /// Where a word stands to the word being tagged, for the features it gives that word:
    /// all but four of a word's features depend on one word's form alone, so what a word adds
    /// to its own score and to each neighbour's can be summed once and kept
    /// (`PartOfSpeechTagger`'s word cache).
    enum Role: Int, CaseIterable {
        case own, previous, beforePrevious, next, afterNext

        /// The position of the word in this role, from the word being tagged.
        var offset: Int { [0, -1, -2, 1, 2][rawValue] }
    }

    /// Calls `body` with each feature a word of form `form` gives the word it stands in `role`
    /// to; with `pairs(_:of:_:)`, the features that do not depend on the tags.
    func forEach(_ role: Role, of form: TaggerWordForm, _ body: (UInt64) -> Void) {
        switch role {
        case .own:
            body(bias)
            body(word.continued(form.normal))
            body(writtenWord.continued(form.written))
            for (length, suffix) in suffixes.enumerated() { body(suffix.continued(form.lower.suffix(length + 1))) }
            for (length, prefix) in prefixes.enumerated() { body(prefix.continued(form.lower.prefix(length + 1))) }
            body(shape.continued(form.shape))
            body(classes.continued(form.classes))
        case .previous:
            body(previousShape.continued(form.shape))
            body(previousWord.continued(form.normal))
            body(previousSuffix.continued(form.lower.suffix(3)))
            body(previousClasses.continued(form.classes))
        case .beforePrevious:
            body(beforePrevious.continued(form.normal))
        case .next:
            body(nextShape.continued(form.shape))
            body(nextWord.continued(form.normal))
            body(nextSuffix.continued(form.lower.suffix(3)))
            body(nextClasses.continued(form.classes))
        case .afterNext:
            body(afterNext.continued(form.normal))
            body(afterNextClasses.continued(form.classes))
        }
    }

    /// Calls `body` with the features of word `index` of its sentence that read two words at
    /// once, or where the word stands: the word and its neighbours' words, its classes and the
    /// next word's, the shape of its first letter at the sentence's start.
    func pairs(
        _ index: Int, word: TaggerWord, previous: TaggerWord, next: TaggerWord, _ body: (UInt64) -> Void
    ) {
        let (own, previous, next) = (word.form, previous.form, next.form)
        var initial = firstShape[index == 0 ? 1 : 0]
        if let byte = own.initialShape { initial.append(byte) }
        body(initial.value)
        var pair = previousPair
        pair.append(previous.normal)
        pair.append(Self.space)
        body(pair.continued(own.normal))
        pair = nextPair
        pair.append(own.normal)
        pair.append(Self.space)
        body(pair.continued(next.normal))
        pair = classPair
        pair.append(own.classes)
        pair.append(Self.space)
        body(pair.continued(next.classes))
    }

    /// The six features of a word given the two tags before it (indices into the tags, or
    /// `start` / `start2`) are these three and `forEachTagAndWord`'s; closures rather than
    /// arrays, which would be allocated for every word. These three read the two tags alone
    /// (a pair is `previous * tagNameCount + beforePrevious`): the same for every word, so
    /// the tagger sums them once for each pair.
    func forEachTagPair(previous: Int, beforePrevious: Int, _ body: (UInt64) -> Void) {
        body(previousTag[previous])
        body(tagBeforePrevious[beforePrevious])
        body(tagPair[previous * tagNameCount + beforePrevious])
    }

    /// The three features of the previous tag with the word's own word, classes and suffix.
    func forEachTagAndWord(previous: Int, word: TaggerWord, _ body: (UInt64) -> Void) {
        let form = word.form
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
