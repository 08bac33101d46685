// "I waited him" → "waited for him", "we went the cinema" → "went to the cinema", "we stayed
// tents" → "stayed in tents" (preposition.missing-after-verb).

import TutorCore

/// A verb that takes its object only through a preposition, followed directly by an object
/// without it: the verbs are in Resources/wordlists/prepositional-verbs.txt.
///
/// The object must start with a pronoun or a determiner and, for a noun phrase, end in a noun
/// that is not a span of time or a way: "wait a minute", "go the other way", "arrived the next
/// day", "come this weekend" are right, and so are "go home" and "talk business" (no
/// determiner). The verb must be tagged a verb ("a go", "the talk"). A verb listed with a
/// place ("stay") takes its preposition only before a place of Resources/wordlists/stay-places.txt,
/// with or without a determiner: "stayed tents" → "stayed in tents", while "stay the night",
/// "stay friends" are right.
struct MissingPrepositionMatcher: Matcher {
    struct Entry: Sendable {
        enum Object: String, Sendable {
            /// A person pronoun or a noun phrase that starts with a determiner.
            case any
            /// Only a person pronoun ("speak him"), not a noun phrase ("speak the language").
            case pronoun
            /// A noun phrase, with or without a determiner, whose head is a place one stays in.
            case place
        }
        let preposition: String
        let object: Object
    }

    /// Each form of each listed verb ("went", "waiting") → its entry.
    private let entries: WordMap<Entry>
    private let timeUnits: WordSet
    /// The places of stay-places.txt and their plurals.
    private let places: WordSet

    init(lists: WordLists, lexicon: Lexicon) throws(RuleDataError) {
        var entries = WordMap<Entry>()
        for line in lists["prepositional-verbs"] {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count == 3, let object = Entry.Object(rawValue: fields[2]) else {
                throw RuleDataError.malformed(
                    file: "wordlists/prepositional-verbs.txt",
                    detail: "'\(line)' is not VERB PREPOSITION OBJECT with OBJECT any, pronoun or place")
            }
            let entry = Entry(preposition: fields[1], object: object)
            var forms: Set<String> = [fields[0]]
            if let verb = lexicon.verb(fields[0]) {
                forms.formUnion([verb.thirdPerson, verb.past, verb.pastParticiple, verb.presentParticiple])
            }
            for form in forms { entries.set(form, to: entry) }
        }
        self.entries = entries
        timeUnits = lists["time-units"]
        let stayPlaces = lists["stay-places"]
        places = WordSet(
            Array(stayPlaces) + stayPlaces.map { lexicon.noun(singular: $0)?.plural ?? lexicon.plural(of: $0) })
    }

    private static let personPronouns: WordSet = ["me", "you", "him", "her", "us", "them"]
    private static let determiners: WordSet = [
        "the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "these", "those",
    ]
    /// Heads that make the noun phrase a measure of the way, not an object: "go the other way",
    /// "talk a lot", "wait your turn".
    private static let measureHeads: WordSet = [
        "way", "ways", "direction", "distance", "mile", "miles", "route", "step", "steps", "lot", "bit", "little",
        "turn",
        "same", "rest", "whole", "morning", "afternoon", "mornings", "afternoons",
    ]
    /// Words before a verb that put its subject after it: "here comes the bus", "then came the
    /// guy" (the noun phrase is the subject, not an object).
    private static let inversionOpeners: WordSet = ["here", "there", "then", "so", "thus", "hence"]

    var triggerWords: Set<String>? { Set(Array(Self.personPronouns) + Array(Self.determiners) + Array(places)) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = placeMatches(in: context)
        for object in context.tokens where object.isWord {
            let isPronoun = Self.personPronouns.contains(object)
            // The words first, the tags last (tagging is most of the analyser's time).
            guard isPronoun || Self.determiners.contains(object),
                let verb = context.token(at: object.index - 1), verb.isWord,
                let entry = entries[verb], entry.object != .place, isPronoun || entry.object == .any,
                // "go a walk" is "go for a walk", "go a trip" "go on a trip": after a verb of
                // going, a new thing is an activity more often than a place.
                !(entry.preposition == "to" && ["a", "an"].contains(object)),
                !Self.inversionOpeners.contains(context.token(at: verb.index - 1)?.lower ?? ""),
                context.tag(at: verb.index).hasPrefix("VB"), hasSubject(verb, in: context)
            else { continue }
            var end = object
            if !isPronoun || object.lower == "her" {
                // A noun phrase: its head must be a noun that is not a time or a way.
                guard let head = headNoun(after: object, in: context) else {
                    if isPronoun {
                        matches.append(insertion(entry.preposition, before: object, verb: verb, in: context))
                    }
                    continue
                }
                // "speak her language": "her" is the language's, and the verb takes it directly.
                if entry.object == .pronoun { continue }
                let singular = context.lexicon.noun(plural: head)?.singular ?? head.lower
                if timeUnits.contains(head) || timeUnits.contains(singular)
                    || Self.measureHeads.contains(head)
                {
                    continue
                }
                end = head
            }
            if let after = context.token(at: end.index + 1), after.isWord {
                // "talked their secrets to everybody": the preposition comes later; "talk my
                // parents that …": another verb was meant.
                if after.lower == "that"
                    || (after.lower == entry.preposition && !startsTimePhrase(after.index + 1, context))
                {
                    continue
                }
                // "When we arrived the concert had begun": the phrase is the next clause's subject;
                // so too "When we came the staff of the theatre said ...".
                if isFinite(after, in: context) { continue }
                if after.lower == "of", let next = context.token(at: after.index + 1), next.isWord,
                    let nextHead = Self.determiners.contains(next) ? headNoun(after: next, in: context) : next,
                    let following = context.token(at: nextHead.index + 1), following.isWord,
                    isFinite(following, in: context)
                {
                    continue
                }
            }
            matches.append(insertion(entry.preposition, before: object, verb: verb, in: context))
        }
        return matches
    }

    /// "We stayed tents", "I prefer staying a hotel", "stay their house": a verb listed with a
    /// place, tagged a verb, straight before a noun phrase whose head is a place one stays in.
    private func placeMatches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for verb in context.tokens where verb.isWord {
            guard let entry = entries[verb], entry.object == .place,
                let object = context.token(at: verb.index + 1), object.isWord,
                let head = Self.determiners.contains(object)
                    ? headNoun(after: object, in: context) : context.bareNounPhraseHead(from: object, wordCount: 3),
                places.contains(head),
                context.tag(at: verb.index).hasPrefix("VB")
            else { continue }
            matches.append(insertion(entry.preposition, before: object, verb: verb, in: context))
        }
        return matches
    }

    private func isFinite(_ token: Token, in context: AnalysisContext) -> Bool {
        ["MD", "VBD", "VBZ", "VBP"].contains(context.tag(at: token.index))
    }

    /// Whether a verb in the past or third person has a subject before it: "Finally came the
    /// end of the week" puts its subject after the verb, where no preposition is missing. A
    /// base form with none is an order ("Wait me here").
    private func hasSubject(_ verb: Token, in context: AnalysisContext) -> Bool {
        guard ["VBD", "VBZ"].contains(context.tag(at: verb.index)) else { return true }
        guard let previous = context.token(at: verb.index - 1), previous.isWord else { return false }
        let tag = context.tag(at: previous.index)
        return tag.hasPrefix("NN") || tag.hasPrefix("PRP") || tag.hasPrefix("W") || tag == "EX"
            || ["that", "who", "which", "i"].contains(previous.lower)
    }

    /// Whether a span of time starts at `index` ("waited him for an hour", "for two days").
    private func startsTimePhrase(_ index: Int, _ context: AnalysisContext) -> Bool {
        for offset in 0..<3 {
            guard let token = context.token(at: index + offset), token.isWord || token.kind == .number else {
                return false
            }
            if timeUnits.contains(token) { return true }
        }
        return false
    }

    /// The noun the phrase starting at `start` ends in: the first noun within four words,
    /// passing only adjectives, numbers and nouns in a compound; nil when something else comes.
    private func headNoun(after start: Token, in context: AnalysisContext) -> Token? {
        var index = start.index + 1
        var head: Token?
        while index <= start.index + 4, let token = context.token(at: index), token.isWord || token.kind == .number {
            let tag = context.tag(at: index)
            if tag.hasPrefix("NN") {
                head = token
            } else if head != nil || !(tag.hasPrefix("JJ") || tag == "CD" || tag == "RBS" || tag == "RB") {
                break
            }
            index += 1
        }
        return head
    }

    private func insertion(_ preposition: String, before object: Token, verb: Token, in context: AnalysisContext)
        -> Match
    {
        // "I WAIT YOUR ANSWER" → "WAIT FOR YOUR".
        let written = verb.isAllCaps ? preposition.uppercased() : preposition
        var match = context.insertion(written, before: object)
        match.message = LocalizedText(
            en: "'\(verb.text.capitalizedFirst)' needs '\(preposition)' before its object: '{correction}'.",
            ko: "'\(verb.lower)' 뒤에 목적어가 오면 '\(preposition)' 전치사가 필요해요: '{correction}'.")
        return match
    }
}
