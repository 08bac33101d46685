// What a matcher sees of an utterance: its tokens, the lexicon, and ways to make edits.

import TutorCore

/// A place a matcher found: the span to change and the replacements, best first.
struct Match: Sendable, Hashable {
    var span: TextSpan
    var suggestions: [String]
    /// Multiplies the rule's confidence for this match (a weaker reading of the pattern).
    var confidenceFactor: Double = 1
    /// Replaces the rule's message, for rules whose every entry explains itself.
    var message: LocalizedText?
    /// The id of another rule whose message, label and module explain this match better than
    /// the finding rule's own: a subject-head match on a subject with nothing after its noun
    /// ("my sister have") is reported as agreement.third-person, whose text is about "my
    /// sister has", not about words like "of my friends" that are not there.
    var explainedBy: String?
}

/// An utterance prepared for matchers.
struct AnalysisContext {
    let text: String
    let tokens: [Token]
    let lexicon: Lexicon
    /// Every word of the utterance, lowercased: lets a rule that needs a certain word skip
    /// an utterance without it at the cost of one lookup.
    let words: WordSet
    /// The words the frequency table does not hold (rare, unknown or misspelt): the only
    /// ones the spelling and word-form rules need to look at.
    let rareWords: [Token]
    /// The conversation's messages just before this utterance (oldest first), for rules that
    /// read the story's time from them; empty when the text stands alone (`check`).
    let earlierMessages: [String]
    /// The tokens' parts of speech and noun phrases, tagged when a rule first asks.
    let structure: SentenceStructure

    init(
        text: String, lexicon: Lexicon, tagger: PartOfSpeechTagger? = nil, earlierMessages: [String] = [],
        clock: StageClock? = nil
    ) {
        self.text = text
        self.earlierMessages = earlierMessages
        self.tokens = Tokenizer.tokenize(text)
        self.lexicon = lexicon
        self.structure = SentenceStructure(tokens: tokens, tagger: tagger, clock: clock)
        // Each word was hashed once, when its token was made: for the word set and the
        // frequency table (the same FNV-1a).
        var words = WordSet(minimumCapacity: tokens.count)
        var rareWords: [Token] = []
        for index in tokens.indices where tokens[index].isWord {
            let hash = tokens[index].lowerHash
            words.insert(tokens[index].lower, hash: hash)
            if (lexicon.zipf.value(forKey: hash) ?? 0) == 0 { rareWords.append(tokens[index]) }
        }
        self.words = words
        self.rareWords = rareWords
        self.isPretokenised = Self.looksPretokenised(text)
    }

    /// " ,", " n't", " . " anywhere, or " .", " !", " ?" at the end, in one pass over the bytes.
    private static func looksPretokenised(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { looksPretokenised(bytes: $0) }
            ?? looksPretokenised(bytes: text.utf8)
    }

    /// `looksPretokenised` over the text's bytes (read in place when they can be: a byte at a
    /// time through the UTF-8 view is several times slower).
    private static func looksPretokenised<Bytes: Collection<UInt8>>(bytes: Bytes) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        var index = 0
        let last = bytes.count - 1
        for byte in bytes {
            if beforePrevious == 0x20, previous == 0x2E, byte == 0x20 { return true }  // " . "
            if previous == 0x20 {
                if byte == 0x2C { return true }  // " ,"
                // " ." " !" " ?" at the end
                if index == last, byte == 0x2E || byte == 0x21 || byte == 0x3F { return true }
            }
            if beforePrevious == 0x20, previous == 0x6E, byte == 0x27 { return true }  // " n'"
            beforePrevious = previous
            previous = byte
            index += 1
        }
        return false
    }

    /// Where a word (lowercased) stands: its token indices, for rules that look for given words.
    func positions(of word: String) -> [Int] {
        tokens.compactMap { $0.isWord && $0.lower == word ? $0.index : nil }
    }

    /// `HashedWordTable.hash(token.lower)`, which the token keeps (`Token.lowerHash`); the
    /// lookups that take a token use it themselves (`WordSet.contains(_:)`, `WordMap[_:]`).
    func hash(of token: Token) -> UInt64 { token.lowerHash }

    func token(at index: Int) -> Token? {
        tokens.indices.contains(index) ? tokens[index] : nil
    }

    /// The span from the first token's start to the last token's end.
    func span(from first: Token, to last: Token) -> TextSpan {
        TextSpan(start: first.span.start, end: last.span.end)
    }

    /// The original text from one token to another, spacing included.
    func text(from first: Token, to last: Token) -> String {
        text.substring(in: span(from: first, to: last)) ?? ""
    }

    /// The text between two tokens (usually a space), empty when they touch.
    func gap(between first: Token, and second: Token) -> String {
        text.substring(in: TextSpan(start: first.span.end, end: second.span.start)) ?? " "
    }

    /// Tokens of the sentence that holds the token at `index`.
    func sentence(containing index: Int) -> ArraySlice<Token> {
        var start = index
        while start > 0, !tokens[start].startsSentence { start -= 1 }
        var end = index
        while end + 1 < tokens.count, !tokens[end + 1].startsSentence { end += 1 }
        return tokens.isEmpty ? [] : tokens[start...end]
    }

    /// Whether the text is tokenised the way learner corpora are ("do n't", "it , too ."):
    /// a space before a comma or a sentence's final stop, question or exclamation mark, or a
    /// split "n't".
    let isPretokenised: Bool

    /// A match that inserts `words` before `anchor`, written as a change of the anchor
    /// ("store" → "the store") so learners see where the word goes.
    func insertion(_ words: String, before anchor: Token) -> Match {
        Match(span: anchor.span, suggestions: [words + " " + anchor.text])
    }

    /// A match that deletes `token`, written as a change of it and its neighbour
    /// ("discuss about" → "discuss"); the neighbour is the word before (or after, when
    /// asked or when there is none before: "an advice" → "advice").
    func deletion(of token: Token, anchoredToNext: Bool = false) -> Match? {
        if !anchoredToNext, let previous = self.token(at: token.index - 1),
            previous.kind == .word || previous.kind == .number
        {
            return Match(span: span(from: previous, to: token), suggestions: [previous.text])
        }
        if let next = self.token(at: token.index + 1), next.kind == .word {
            let replacement = token.isCapitalized ? next.text.capitalizedFirst : next.text
            return Match(span: span(from: token, to: next), suggestions: [replacement])
        }
        return nil
    }

    /// Replaces one token, keeping a capital first letter.
    func replacement(of token: Token, with words: String) -> Match {
        replacement(of: token, withAnyOf: [words])
    }

    /// The token replaced by any of `choices` (the first is the correction), each cased like it.
    func replacement(of token: Token, withAnyOf choices: [String]) -> Match {
        Match(
            span: token.span,
            suggestions: choices.map { token.isCapitalized && !token.isAllCaps ? $0.capitalizedFirst : $0 })
    }
}

extension String {
    /// The string with its first character uppercased.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
