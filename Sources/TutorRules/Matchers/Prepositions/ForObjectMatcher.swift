// "I asked him a refund" → "asked him for a refund", "we paid the tickets" → "paid for the
// tickets", "apply a job" → "apply for a job" (preposition.ask-for).

import TutorCore

/// A verb whose object is what one asks for, pays for or applies for needs "for" before it:
/// "ask (someone) for help", "pay for the tickets", "apply for a job". The verbs and the nouns
/// that are such objects are in Resources/wordlists/for-objects.txt (a question is asked
/// directly, and the bill, the rent or a person are paid directly, so those nouns are not
/// listed). The object is a noun phrase whose head is a listed noun, straight after the verb
/// or after a person pronoun ("ask you a refund").
struct ForObjectMatcher: Matcher {
    /// Each form of each listed verb → the nouns that verb takes through "for".
    private let nouns: WordMap<WordSet>
    private let timeUnits: WordSet

    init(lists: WordLists, lexicon: Lexicon) throws(RuleDataError) {
        timeUnits = lists["time-units"]
        var nouns = WordMap<WordSet>()
        for line in lists["for-objects"] {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count >= 2 else {
                throw RuleDataError.malformed(
                    file: "wordlists/for-objects.txt", detail: "'\(line)' is not VERB NOUN NOUN...")
            }
            var set = Set(fields[1...])
            for noun in fields[1...] {
                if let entry = lexicon.noun(singular: noun) { set.insert(entry.plural) }
            }
            var forms: Set<String> = [fields[0]]
            if let verb = lexicon.verb(fields[0]) {
                forms.formUnion([verb.thirdPerson, verb.past, verb.pastParticiple, verb.presentParticiple])
            }
            for form in forms { nouns.set(form, to: WordSet(Array(set))) }
        }
        self.nouns = nouns
    }

    private static let persons: WordSet = ["me", "you", "him", "her", "us", "them"]
    private static let days: WordSet = ["yesterday", "today", "tomorrow", "tonight"]
    private static let determiners: WordSet = [
        "a", "an", "the", "my", "your", "his", "her", "our", "their", "its", "this", "that", "these", "those",
        "some", "any", "more", "further", "extra", "full", "partial", "immediate",
    ]
    /// Words before the verb that make it passive or a noun: "I was asked a question", "the
    /// pay rise", "money for paid meals".
    private static let passiveMarkers: WordSet = [
        "am", "'m", "is", "'s", "are", "'re", "was", "were", "be", "been", "being", "get", "got", "the", "a",
        "for", "of",
    ]

    /// The listed verbs' forms: an utterance without one has nothing to find.
    var triggerWords: Set<String>? { Set(nouns.keys) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for verb in context.tokens where verb.isWord {
            guard let objects = nouns[verb.lower, hash: context.hash(of: verb)],
                let next = context.token(at: verb.index + 1), next.isWord,
                !Self.passiveMarkers.contains(context.token(at: verb.index - 1)?.lower ?? "")
            else { continue }
            // "ask you a refund"; "her" is the person when a determiner follows ("ask her some
            // advice"), and a possessive otherwise ("pay her tickets").
            let isPerson =
                Self.persons.contains(next)
                && (next.lower != "her" || Self.determiners.contains(context.token(at: next.index + 1)?.lower ?? ""))
            let start = isPerson ? context.token(at: next.index + 1) : next
            // The words first, the tags last: a listed noun where the head could be.
            guard let start, start.isWord,
                (start.index...start.index + 3).contains(where: {
                    context.token(at: $0).map { objects.contains($0.lower) } ?? false
                }),
                let head = headNoun(from: start, in: context),
                objects.contains(head),
                context.tag(at: verb.index).hasPrefix("VB")
            else { continue }
            var match = context.insertion(verb.isAllCaps ? "FOR" : "for", before: start)
            match.message = LocalizedText(
                en: "We \(Self.base(verb.lower, context)) for what we want or get: '{correction}'.",
                ko: "원하거나 얻으려는 것 앞에는 'for'가 필요해요: '{correction}'.")
            matches.append(match)
        }
        return matches
    }

    private static func base(_ word: String, _ context: AnalysisContext) -> String {
        context.lexicon.verbReadings(of: word).first?.base ?? word
    }

    /// The head of the noun phrase that starts at `start`: the last of up to three determiners,
    /// adjectives and nouns before a word that is none of them; nil when no noun is there.
    private func headNoun(from start: Token, in context: AnalysisContext) -> Token? {
        // "asked her some advice yesterday": a time word ends the phrase.
        let head = context.bareNounPhraseHead(from: start, wordCount: 4, determiners: Self.determiners) {
            timeUnits.contains($0) || Self.days.contains($0)
        }
        // "pay the whole ticket's price": a possessive names whose, and the head comes later.
        if let head, let after = context.token(at: head.index + 1), after.text == "'s" || after.text == "'" {
            return nil
        }
        return head
    }
}
