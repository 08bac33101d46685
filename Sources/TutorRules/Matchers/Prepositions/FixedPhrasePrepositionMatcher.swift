// "On my opinion" → "in", "in TV" → "on", "in the age of" → "at" (preposition.fixed-phrase).

import TutorCore

/// A wrong preposition before a phrase that always takes one preposition: the phrases are in
/// Resources/wordlists/preposition-phrases.txt, each with its right preposition and the ones
/// learners put there instead.
///
/// Left alone: a phrase followed by "of" (unless it ends in "of") or by a noun ("on the
/// future of work", "in TV shows": the phrase is then part of a longer one), and a
/// preposition that belongs to the verb before it, which the word-pair counts show
/// ("look at the picture", "live in the moment").
struct FixedPhrasePrepositionMatcher: Matcher {
    struct Phrase: Sendable {
        let right: String
        let wrong: WordSet
        /// Each word of the phrase: the words it may be.
        let words: [WordSet]
    }

    /// The phrases by their first word's possible forms.
    private let phrases: WordMap<[Phrase]>
    private let prepositions: WordSet

    init(lists: WordLists) throws(RuleDataError) {
        var phrases = WordMap<[Phrase]>()
        var prepositions: Set<String> = []
        for line in lists["preposition-phrases"] {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count >= 3 else {
                throw RuleDataError.malformed(
                    file: "wordlists/preposition-phrases.txt",
                    detail: "'\(line)' is not RIGHT WRONG,WRONG... WORDS...")
            }
            let wrong = fields[1].split(separator: ",").map(String.init)
            let words = fields[2...].map { WordSet($0.split(separator: "|").map(String.init)) }
            let phrase = Phrase(right: fields[0], wrong: WordSet(wrong), words: words)
            prepositions.formUnion(wrong)
            for first in words[0] { phrases.set(first, to: (phrases[first] ?? []) + [phrase]) }
        }
        self.phrases = phrases
        self.prepositions = WordSet(prepositions.sorted())
    }

    var triggerWords: Set<String>? { Set(prepositions) }

    private static let beAndHave: WordSet = [
        "am", "is", "are", "was", "were", "be", "been", "being", "'m", "'s", "'re", "have", "has", "had",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for preposition in context.tokens where preposition.isWord && prepositions.contains(preposition) {
            // The words first, the tags last (tagging is most of the analyser's time).
            guard let first = context.token(at: preposition.index + 1), first.isWord,
                let phrase = phrases[first]?.first(where: {
                    $0.wrong.contains(preposition) && follows($0, at: first.index, in: context)
                })
            else { continue }
            let afterIndex = first.index + phrase.words.count
            let after = context.token(at: afterIndex)
            if let after, after.lower == "of", !phrase.words[phrase.words.count - 1].contains("of") { continue }
            let before = context.token(at: preposition.index - 1)
            // "on" after a verb is as often its particle ("going on summer holidays" is "in").
            let verbMayTakeIt =
                before.map {
                    $0.isWord && !Self.beAndHave.contains($0.lower) && preposition.lower != "on"
                        && isMoreCommon(preposition.lower, than: phrase.right, after: $0.lower, in: context)
                } ?? false
            if verbMayTakeIt, let before, context.tag(at: before.index).hasPrefix("VB") { continue }
            // "in TV shows", "on summer holidays": the phrase is part of a longer noun phrase.
            if let after, after.isWord, context.tag(at: after.index).hasPrefix("NN") { continue }
            // "ON THE ADVERTISEMENT" → "IN": a text in capitals keeps them.
            matches.append(
                preposition.isAllCaps && preposition.text.count > 1
                    ? Match(span: preposition.span, suggestions: [phrase.right.uppercased()])
                    : context.replacement(of: preposition, with: phrase.right))
        }
        return matches
    }

    /// Whether the phrase's words follow from `index` on.
    private func follows(_ phrase: Phrase, at index: Int, in context: AnalysisContext) -> Bool {
        for (offset, words) in phrase.words.enumerated() {
            guard let token = context.token(at: index + offset), token.isWord, words.contains(token) else {
                return false
            }
        }
        return true
    }

    /// Whether "word first" is written far more often (three times) than "word second": "look
    /// at" against "look in", not "met in" against "met at". The counts are log10 × 100, so
    /// three times is 48 more; a pair the table does not list counts nothing.
    private func isMoreCommon(_ first: String, than second: String, after word: String, in context: AnalysisContext)
        -> Bool
    {
        let ngrams = context.lexicon.ngrams
        guard let firstCount = ngrams.count(word, first) else { return false }
        guard let secondCount = ngrams.count(word, second) else { return true }
        return firstCount > secondCount + Self.threeTimes
    }

    /// log10(3) × 100.
    private static let threeTimes = 48
}
