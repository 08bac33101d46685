// One word written as two: "out side" → "outside", "girl friend" → "girlfriend".

import TutorCore

/// Joins two words when together they make a common word that is far more common than the
/// two as a pair ("some one" → "someone", "hair style" → "hairstyle"), but not where the
/// pair is itself usual English ("every day", "may be", "a way", "in to").
struct CompoundWordMatcher: Matcher {
    /// Zipf × 100 the joined word needs: about once in 300,000 words.
    static let commonCompound = 350
    /// How much more common the joined word must be than the two as a pair: 5 times (log10
    /// × 100). A pair the table does not list is rarer than any it lists.
    static let clearLead = 70
    /// Words that begin a phrase with the next one as often as they begin a compound with it
    /// ("in tent" is "in a tent" with the article left out, not "intent").
    private static let phraseStarters: WordSet = ["a", "an", "the", "in", "on", "at", "to", "by", "of", "for"]
    /// Subject pronouns, which begin a clause with the next word, not a word ("we ar" is "we
    /// are", not "wear").
    private static let subjects: WordSet = ["i", "you", "he", "she", "we", "they"]
    /// The second halves of contractions and chat words split off by a tokeniser ("wo nt",
    /// "ca nt", "gon na"): joined, they give "wont", "cant", "gonna", none of them the word meant.
    private static let contractionParts: WordSet = ["nt", "na", "ta"]
    /// Object pronouns, which end a phrase of their own after the word before ("that's so me",
    /// "it's the me I like"): joined, they make "some", "theme", not the word meant.
    private static let objectPronouns: WordSet = ["me", "us", "him", "them"]

    /// A bit for each common word's hash (a 32 KiB filter that stays in cache): most pairs
    /// of words written together are no common word, and this says so without a lookup in
    /// the word-pair table.
    private let commonWordBits: [UInt64]
    private static let filterBits = 1 << 18

    init(lexicon: Lexicon) {
        var bits = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for word in lexicon.commonWords.words(usedAtLeast: Self.commonCompound) {
            let slot = Int(truncatingIfNeeded: HashedWordTable.hash(word)) & (Self.filterBits - 1)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        commonWordBits = bits
    }

    /// Whether the two words written together may be a common word (false: surely not).
    /// The hash of the two written together continues the first word's, which its token keeps.
    private func mayBeCommon(_ first: Token, _ second: Token) -> Bool {
        let joined = HashedWordTable.hash(second.lower, continuing: first.lowerHash)
        let slot = Int(truncatingIfNeeded: joined) & (Self.filterBits - 1)
        return commonWordBits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// Pronouns and linking words English always writes as one word, whatever a table of
    /// printed text says (old books wrote "every thing", "my self", "any where" apart, so the
    /// word-pair counts do not show them as slips): the indefinite pronouns of every-, any-,
    /// some- and no- with -body, -thing, -where; the reflexive pronouns; "another"; and the
    /// linking adverbs "moreover", "furthermore", and "maybe" opening a clause. Those of "-one" ("every one", "any one",
    /// "some one") are joined only where "one" is not a number or a pronoun of its own ("every
    /// one of them", "any one day"), and "no body", "no thing" never (a body, a thing).
    static let alwaysJoined: WordMap<Set<String>> = [
        "every": ["body", "thing", "where", "one"], "any": ["body", "thing", "where", "one"],
        "some": ["body", "thing", "where", "one"], "no": ["where"],
        "my": ["self"], "your": ["self", "selves"], "him": ["self"], "her": ["self"], "it": ["self"],
        "our": ["selves"], "them": ["selves"], "an": ["other"], "more": ["over"], "further": ["more"],
        "may": ["be"],
    ]

    /// Words that begin a clause's subject: after an opening "may be" they show the adverb
    /// "maybe" ("May be we can meet" → "Maybe we can meet"; "It may be true" is the verb).
    private static let subjectStarters: WordSet = [
        "i", "you", "he", "she", "it", "we", "they", "there", "this", "that", "the", "my", "your", "our", "their",
    ]

    /// A pair from `alwaysJoined` at `first`, written apart.
    private func isAlwaysJoined(_ first: Token, _ second: Token, in context: AnalysisContext) -> Bool {
        guard let seconds = Self.alwaysJoined[first], seconds.contains(second) else { return false }
        let after = context.token(at: second.index + 1)
        // "her self-esteem", "my self-portrait": a compound of "self".
        if after?.text == "-" { return false }
        switch second.lower {
        case "one":
            // "every one of us", "any one day": "one" is a number or a pronoun there.
            guard let after, after.isWord else { return true }
            return after.lower != "of" && !context.lexicon.isMainlyNoun(after)
                && !context.lexicon.isAdjective(after)
        case "be":
            // "May be we can go": opening a clause, before its subject.
            guard first.startsSentence || context.token(at: first.index - 1)?.isWord == false,
                let after, Self.subjectStarters.contains(after)
            else { return false }
            return true
        case "over", "more":
            // "Moreover, ...", "Furthermore, ...": only opening a sentence or clause ("much more
            // over time").
            return first.startsSentence || context.token(at: first.index - 1)?.isWord == false
        default:
            return true
        }
    }

    /// Whether the two words begin a clause rather than make one word: a subject pronoun and
    /// its verb ("We ar looking" is "We are", not "Wear"; but "the you ng man" is "young"), or
    /// "be" and the verb after it ("would be have" is no "behave", "will be come" no "become";
    /// "be cause" is "because").
    private func beginsClause(_ first: Token, _ second: Token, in context: AnalysisContext) -> Bool {
        if first.lower == "be" { return second.lower != "cause" }
        guard Self.subjects.contains(first) else { return false }
        let previous = context.token(at: first.index - 1)?.lower ?? ""
        return !["the", "a", "an", "this", "that", "my", "your", "his", "her", "our", "their"].contains(previous)
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for first in context.tokens where first.isWord {
            guard let second = context.token(at: first.index + 1), second.isWord,
                second.span.start == first.span.end + 1,
                second.text == second.lower, second.lower.isLowercaseASCIIWord, first.lower.isLowercaseASCIIWord,
                first.text == first.lower
                    || (first.startsSentence && first.text.dropFirst() == first.lower.dropFirst())
            else { continue }
            if isAlwaysJoined(first, second, in: context) {
                let joined = first.lower + second.lower
                let suggestion = first.text == first.lower ? joined : joined.capitalizedFirst
                matches.append(
                    Match(span: TextSpan(start: first.span.start, end: second.span.end), suggestions: [suggestion]))
                continue
            }
            guard first.lower.utf8.count >= 2, second.lower.utf8.count >= 2, !Self.phraseStarters.contains(first),
                !Self.contractionParts.contains(second), !Self.objectPronouns.contains(second),
                !beginsClause(first, second, in: context)
            else { continue }
            // Most pairs are no word written together: the table says so without building one.
            let ngrams = context.lexicon.ngrams
            guard mayBeCommon(first, second),
                let together = ngrams.count(joining: first.lower, second.lower)
            else { continue }
            let joined = first.lower + second.lower
            guard context.lexicon.usage(of: joined) >= Self.commonCompound else { continue }
            if let apart = ngrams.count(first.lower, second.lower), together - apart < Self.clearLead { continue }
            let suggestion = first.text == first.lower ? joined : joined.capitalizedFirst
            matches.append(
                Match(span: TextSpan(start: first.span.start, end: second.span.end), suggestions: [suggestion]))
        }
        return matches
    }
}
