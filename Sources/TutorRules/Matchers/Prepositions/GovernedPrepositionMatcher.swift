// "Responsible of" → "for", "rely in" → "on", "the reason of" → "for" (preposition.governed).

import TutorCore

/// A preposition that the word before it does not take, where that word (an adjective, a verb
/// in any form or a noun) always takes another: the pairs are in
/// Resources/wordlists/governed-prepositions.txt. The tags must read the word as that part of
/// speech ("the key of" is the noun, "good on" the adjective), and the word-pair counts must
/// show the right pair as the more common one, so that a pair English also uses ("famous
/// for" and "famous in") is not called wrong.
///
/// Left alone: a time phrase after the preposition ("responsible for years", "good on
/// Sundays"), a verb after "to" ("capable to do": more than the preposition would change),
/// "looks good on you", "by reason of", "for reasons of", "the best … of all", and a
/// preposition at a clause's end.
struct GovernedPrepositionMatcher: Matcher {
    struct Entry: Sendable {
        enum WordClass: String, Sendable {
            case adjective = "adj"
            case verb, noun
        }
        let word: String
        let wordClass: WordClass
        /// The correction first, then the other prepositions that are just as right ("disappointed
        /// with", "in", "by"): every one is a suggestion, so practice accepts each.
        let rights: [String]
        let wrong: WordSet

        var right: String { rights[0] }
    }

    /// Each listed form ("relies", "reasons") → its entries.
    private let entries: WordMap<[Entry]>
    private let prepositions: WordSet
    private let timeUnits: WordSet

    init(lists: WordLists, lexicon: Lexicon) throws(RuleDataError) {
        var entries = WordMap<[Entry]>()
        var prepositions: Set<String> = []
        for line in lists["governed-prepositions"] {
            let fields = line.split(separator: " ").map(String.init)
            let rights = fields.count >= 4 ? fields[2].split(separator: "/").map(String.init) : []
            guard fields.count >= 4, let wordClass = Entry.WordClass(rawValue: fields[1]), !rights.isEmpty,
                !rights.contains(where: fields[3...].contains)
            else {
                throw RuleDataError.malformed(
                    file: "wordlists/governed-prepositions.txt",
                    detail: "'\(line)' is not WORD CLASS RIGHT[/RIGHT...] WRONG... with CLASS adj, verb or noun"
                        + " and no preposition both right and wrong")
            }
            let entry = Entry(word: fields[0], wordClass: wordClass, rights: rights, wrong: WordSet(fields[3...]))
            prepositions.formUnion(fields[3...])
            var forms: Set<String> = [entry.word]
            switch wordClass {
            case .verb:
                if let verb = lexicon.verb(entry.word) {
                    forms.formUnion([verb.thirdPerson, verb.past, verb.pastParticiple, verb.presentParticiple])
                }
            case .noun:
                forms.insert(lexicon.noun(singular: entry.word)?.plural ?? lexicon.plural(of: entry.word))
            case .adjective:
                break
            }
            for form in forms { entries.set(form, to: (entries[form] ?? []) + [entry]) }
        }
        self.entries = entries
        self.prepositions = WordSet(prepositions.sorted())
        timeUnits = lists["time-units"]
    }

    var triggerWords: Set<String>? { Set(prepositions) }

    private static let personObjects: WordSet = ["me", "you", "him", "her", "us", "them"]

    private static let lookingVerbs: WordSet = [
        "look", "looks", "looked", "looking", "feel", "feels", "felt", "seem", "seems", "seemed", "sound", "sounds",
        "sounded", "taste", "tastes", "tasted", "smell", "smells",
    ]

    /// A preposition and the word after it that make a phrase of their own, which the word
    /// before does not govern: "staff members in case of fire", "angry at first".
    private static let fixedPhrases: WordSet = [
        "in case", "in fact", "in order", "in general", "in particular", "in addition", "in time", "in advance",
        "in person", "in public", "in return", "in turn", "in short", "for example", "for instance", "of course",
        "on time", "on purpose", "at least", "at once", "at first", "at last",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for preposition in context.tokens where preposition.isWord && prepositions.contains(preposition) {
            // The words first, the tags last (tagging is most of the analyser's time).
            guard let word = context.token(at: preposition.index - 1), word.isWord,
                let entry = entries[word]?.first(where: { $0.wrong.contains(preposition) }),
                let object = context.token(at: preposition.index + 1), object.isWord || object.kind == .number,
                // "the best solution of all": a superlative's "of all"; "members in case of fire":
                // a fixed phrase of its own.
                object.lower != "all", !Self.fixedPhrases.contains(preposition.lower + " " + object.lower),
                isMoreCommon(entry.right, than: preposition.lower, after: word.lower, in: context)
            else { continue }
            let before = context.token(at: word.index - 1)?.lower ?? ""
            if entry.word == "good", Self.lookingVerbs.contains(before) { continue }
            // "by reason of", "for reasons of work": fixed phrases with "of".
            if entry.word == "reason", ["by", "for"].contains(before) { continue }
            // "the time you spent for us": spent for a person's sake, not on a thing.
            if entry.word == "spend", Self.personObjects.contains(object) { continue }
            // "There are twelve members in our club", "family members in the home": members counted
            // or found in a group; only "the members in" and a single "member in" are corrected.
            if entry.word == "member", word.lower == "members", before != "the" { continue }
            guard fits(entry, tag: context.tag(at: word.index)), !startsTimePhrase(at: object.index, in: context),
                !(preposition.lower == "to" && ["VB", "VBP"].contains(context.tag(at: object.index)))
            else { continue }
            var match = context.replacement(of: preposition, withAnyOf: entry.rights)
            let others = entry.rights.dropFirst().map { "'\($0)'" }
            let alsoEnglish = others.isEmpty ? "" : " (or " + others.joined(separator: " or ") + ")"
            let alsoKorean = others.isEmpty ? "" : " (" + others.joined(separator: ", ") + "도 맞아요)"
            match.message = LocalizedText(
                en: "'\(entry.word.capitalizedFirst)' takes '\(entry.right)'\(alsoEnglish), not '\(preposition.lower)':"
                    + " '{correction}'.",
                ko: "'\(entry.word) \(preposition.lower)' 대신 '\(entry.word) \(entry.right)'처럼 써요\(alsoKorean):"
                    + " '{correction}'.")
            matches.append(match)
        }
        return matches
    }

    private func fits(_ entry: Entry, tag: String) -> Bool {
        switch entry.wordClass {
        case .adjective: tag.hasPrefix("JJ") || tag == "VBN" || tag == "VBD"
        case .verb: tag.hasPrefix("VB")
        case .noun: tag == "NN" || tag == "NNS"
        }
    }

    /// "for years", "on Sundays", "in the morning", "for a long time": a time phrase, which
    /// takes its own preposition.
    private func startsTimePhrase(at index: Int, in context: AnalysisContext) -> Bool {
        for offset in 0..<3 {
            guard let token = context.token(at: index + offset), token.isWord || token.kind == .number else {
                return false
            }
            let singular = context.lexicon.noun(plural: token)?.singular ?? token.lower
            if timeUnits.contains(token) || timeUnits.contains(singular) { return true }
            if context.tag(at: token.index).hasPrefix("NN") { return false }
        }
        return false
    }

    /// Whether "word right" is more common in print than "word wrong"; when the table lists
    /// neither, the listed pair stands.
    private func isMoreCommon(_ right: String, than wrong: String, after word: String, in context: AnalysisContext)
        -> Bool
    {
        let ngrams = context.lexicon.ngrams
        guard let wrongCount = ngrams.count(word, wrong) else { return true }
        guard let rightCount = ngrams.count(word, right) else { return false }
        return rightCount > wrongCount
    }
}
