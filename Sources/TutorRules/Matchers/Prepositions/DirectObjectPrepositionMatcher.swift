// "I told to my sister" → "told my sister", "phone to him" → "phone him", "attend to a class"
// → "attend a class" (preposition.direct-object).

import TutorCore

/// A verb that takes its object directly, with a preposition between them that the verb does
/// not take: the verbs are in Resources/wordlists/direct-object-verbs.txt. The verb must be
/// read as a verb (tagged one, or a verb's base after a modal, "to" or "I"/"we"/"they": "we
/// must phone to him"; "the answer to the question", "a visit to Seoul" are nouns and take it),
/// and not be passive ("I was told to wait"); the object must be a noun phrase or a person
/// (never a verb: "told to go", "asked to see"), and for "attend" an event ("attend to the
/// patients" is to look after them: attend a class, a meeting, a wedding).
struct DirectObjectPrepositionMatcher: Matcher {
    struct Entry: Sendable {
        enum Object: String, Sendable {
            /// A pronoun or a noun phrase that starts with a determiner, a possessive or a name.
            case any
            /// A person pronoun only ("asked to me").
            case person
            /// A noun phrase whose head is an event ("attend to the meeting").
            case event
        }
        let preposition: String
        let object: Object
    }

    /// Each form of each listed verb → its entries.
    private let entries: WordMap<[Entry]>
    private let prepositions: WordSet
    private let events: WordSet

    init(lists: WordLists, lexicon: Lexicon) throws(RuleDataError) {
        var entries = WordMap<[Entry]>()
        var prepositions: Set<String> = []
        for line in lists["direct-object-verbs"] {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count == 3, let object = Entry.Object(rawValue: fields[2]) else {
                throw RuleDataError.malformed(
                    file: "wordlists/direct-object-verbs.txt",
                    detail: "'\(line)' is not VERB PREPOSITION OBJECT with OBJECT any, person or event")
            }
            let entry = Entry(preposition: fields[1], object: object)
            prepositions.insert(fields[1])
            var forms: Set<String> = [fields[0]]
            if let verb = lexicon.verb(fields[0]) {
                forms.formUnion([verb.thirdPerson, verb.past, verb.pastParticiple, verb.presentParticiple])
            }
            for form in forms { entries.set(form, to: (entries[form] ?? []) + [entry]) }
        }
        self.entries = entries
        self.prepositions = WordSet(prepositions.sorted())
        events = lists["event-nouns"]
    }

    var triggerWords: Set<String>? { Set(prepositions) }

    private static let persons: WordSet = ["me", "you", "him", "her", "us", "them"]
    private static let starters: WordSet = [
        "the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "these", "those", "some", "all",
        "every", "each", "both", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "people",
    ]
    private static let passiveMarkers: WordSet = [
        "am", "'m", "is", "'s", "are", "'re", "was", "were", "be", "been", "being", "get", "got", "gets", "getting",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for preposition in context.tokens where preposition.isWord && prepositions.contains(preposition) {
            // The words first, the tags last (tagging is most of the analyser's time).
            guard let verb = context.token(at: preposition.index - 1), verb.isWord,
                let entry = entries[verb]?.first(where: { $0.preposition == preposition.lower }),
                let object = context.token(at: preposition.index + 1), object.isWord,
                fits(entry.object, object: object, in: context),
                !Self.passiveMarkers.contains(context.token(at: verb.index - 1)?.lower ?? ""),
                readsAsVerb(verb, in: context), !context.tag(at: object.index).hasPrefix("VB")
            else { continue }
            guard var match = context.deletion(of: preposition) else { continue }
            match.message = LocalizedText(
                en:
                    "'\(verb.text.capitalizedFirst)' takes its object directly, without '\(preposition.lower)': '{correction}'.",
                ko: "'\(verb.lower)' 뒤에는 '\(preposition.lower)' 없이 목적어가 바로 와요: '{correction}'.")
            matches.append(match)
        }
        return matches
    }

    /// Subjects after which a verb's base is the verb ("they phone to me").
    private static let subjectPronouns: WordSet = ["i", "you", "we", "they"]

    /// Whether the word is the verb: tagged one, or a verb's base after a modal, "to" or a
    /// subject pronoun, where the tagger may read a noun ("we will phone to", "must phone to").
    private func readsAsVerb(_ verb: Token, in context: AnalysisContext) -> Bool {
        if context.tag(at: verb.index).hasPrefix("VB") { return true }
        guard context.lexicon.isVerbBase(verb), let before = context.token(at: verb.index - 1), before.isWord
        else { return false }
        return Self.subjectPronouns.contains(before) || ["MD", "TO"].contains(context.tag(at: before.index))
    }

    private func fits(_ kind: Entry.Object, object: Token, in context: AnalysisContext) -> Bool {
        switch kind {
        case .person:
            return Self.persons.contains(object)
        case .any:
            return Self.persons.contains(object) || Self.starters.contains(object)
                || (object.isCapitalized && !object.startsSentence && !object.isAllCaps)
        case .event:
            // "attend to a class", "attended to the meeting", "attend to my cousin's wedding":
            // determiners, possessives and adjectives up to the first noun, which must be an event.
            var index = object.index
            while index <= object.index + 4, let token = context.token(at: index), token.isWord {
                let singular = context.lexicon.noun(plural: token)?.singular ?? token.lower
                if events.contains(token) || events.contains(singular) { return true }
                guard
                    Self.starters.contains(token) || token.lower.hasSuffix("'s")
                        || context.lexicon.isAdjective(token)
                        || context.lexicon.properNounUsage(of: token.lower) > 0
                else { return false }
                index += 1
            }
            return false
        }
    }
}
