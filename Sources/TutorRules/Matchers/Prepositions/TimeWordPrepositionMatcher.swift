// "At the morning" → "in the morning" (preposition.in-the-morning); "in next month" → "next
// month", "on every Sunday" → "every Sunday", "on yesterday" → "yesterday"
// (preposition.next-last-time).

import TutorCore

/// Prepositions before time words that a pattern cannot tell from right ones, because what
/// follows decides: "on the morning of the exam" is one particular morning, and "in next
/// year's festival" is about the festival.
struct TimeWordPrepositionMatcher: Matcher {
    enum Reading: Sendable {
        /// "at/on the morning, afternoon, evening" → "in", unless "of" follows.
        case partOfDay
        /// "in/on/at next, last or every week, Friday, year…" and "on yesterday" → no
        /// preposition, unless a possessive ("'s") follows.
        case nextLast
    }

    let reading: Reading
    let timeUnits: WordSet

    init(reading: Reading, lists: WordLists) {
        self.reading = reading
        timeUnits = lists["time-units"]
    }

    /// Verbs whose "in" or "on" is a particle ("move in", "check in", "carry on", "turn on").
    private static let particleVerbs: [String: WordSet] = [
        "in": [
            "move", "check", "log", "sign", "settle", "drop", "fit", "join", "pop", "stay", "give", "hand",
            "plug", "fill", "break", "lock",
        ],
        "on": ["carry", "put", "turn", "try", "log", "hold", "keep", "move", "switch", "catch"],
    ]

    /// Whether "in" or "on" follows a verb it makes a phrasal verb with ("moved in", "went on").
    private func isParticle(_ preposition: Token, in context: AnalysisContext) -> Bool {
        guard let verbs = Self.particleVerbs[preposition.lower], let verb = context.token(at: preposition.index - 1),
            verb.isWord
        else { return false }
        if verbs.contains(verb) { return true }
        return context.lexicon.verbReadings(of: verb).contains { verbs.contains($0.base) }
    }

    var triggerWords: Set<String>? {
        reading == .partOfDay
            ? ["morning", "afternoon", "evening"]
            : ["next", "last", "every", "today", "tomorrow", "yesterday", "tonight"]
    }

    /// Time words that, after "every", still name a span with its own preposition ("at every
    /// moment", "for every hour"). "This" is not read: "in this month" may point back to a
    /// month just named ("I am free in July, and in this month …"), where "in" is right.
    private static let spanWords: WordSet = [
        "time", "moment", "while", "long", "second", "seconds", "minute", "minutes", "hour", "hours", "night",
        "decade", "decades", "century", "centuries",
    ]
    /// Days that need no time word after them: "on yesterday" → "yesterday".
    private static let deicticDays: WordSet = ["today", "tomorrow", "yesterday", "tonight"]

    private static let partsOfDay: WordSet = ["morning", "afternoon", "evening"]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { preposition -> Match? in
            guard preposition.isWord else { return nil }
            switch reading {
            case .partOfDay:
                guard ["at", "on"].contains(preposition),
                    context.token(at: preposition.index + 1)?.lower == "the",
                    let time = context.token(at: preposition.index + 2), Self.partsOfDay.contains(time)
                else { return nil }
                // "on the morning of the exam", "at the evening class", "the morning's news".
                if let next = context.token(at: time.index + 1),
                    next.lower == "of" || next.lower == "'s" || context.tag(at: next.index).hasPrefix("NN")
                {
                    return nil
                }
                return context.replacement(of: preposition, with: "in")
            case .nextLast:
                guard ["in", "on", "at"].contains(preposition),
                    let marker = context.token(at: preposition.index + 1), marker.isWord
                else { return nil }
                let time: Token
                if Self.deicticDays.contains(marker) {
                    // "on yesterday", "at tonight"; "in today's world" is the world's.
                    time = marker
                } else {
                    guard ["next", "last", "every"].contains(marker),
                        let word = context.token(at: marker.index + 1), word.isWord, timeUnits.contains(word),
                        !word.lower.hasSuffix("s") || word.lower.hasSuffix("day")
                    else { return nil }
                    time = word
                    if marker.lower == "every" {
                        // "at every moment", "in every day life".
                        if Self.spanWords.contains(time) { return nil }
                        if let next = context.token(at: time.index + 1), next.isWord,
                            context.tag(at: next.index).hasPrefix("NN")
                        {
                            return nil
                        }
                    }
                }
                // "in next year's festival", "at last week's meeting": the preposition is the festival's.
                if let next = context.token(at: time.index + 1), next.lower == "'s" || next.lower == "'" { return nil }
                if preposition.lower == "at", marker.lower == "last" { return nil }  // "at last", "finally"
                // "Since they moved in last spring": the particle of a phrasal verb, no preposition.
                if isParticle(preposition, in: context) { return nil }
                return context.deletion(of: preposition, anchoredToNext: true)
            }
        }
    }
}
