// "At the morning" → "in the morning" (preposition.in-the-morning); "in next month" → "next
// month" (preposition.next-last-time).

import TutorCore

/// Prepositions before time words that a pattern cannot tell from right ones, because what
/// follows decides: "on the morning of the exam" is one particular morning, and "in next
/// year's festival" is about the festival.
struct TimeWordPrepositionMatcher: Matcher {
    enum Reading: Sendable {
        /// "at/on the morning, afternoon, evening" → "in", unless "of" follows.
        case partOfDay
        /// "in/on/at next or last week, Friday, year…" → no preposition, unless a possessive
        /// ("'s") follows.
        case nextLast
    }

    let reading: Reading
    let timeUnits: WordSet

    init(reading: Reading, lists: WordLists) {
        self.reading = reading
        timeUnits = lists["time-units"]
    }

    var triggerWords: Set<String>? { reading == .partOfDay ? ["morning", "afternoon", "evening"] : ["next", "last"] }

    private static let partsOfDay: WordSet = ["morning", "afternoon", "evening"]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { preposition -> Match? in
            guard preposition.isWord else { return nil }
            switch reading {
            case .partOfDay:
                guard ["at", "on"].contains(preposition.lower),
                    context.token(at: preposition.index + 1)?.lower == "the",
                    let time = context.token(at: preposition.index + 2), Self.partsOfDay.contains(time.lower)
                else { return nil }
                // "on the morning of the exam", "at the evening class", "the morning's news".
                if let next = context.token(at: time.index + 1),
                    next.lower == "of" || next.lower == "'s" || context.tag(at: next.index).hasPrefix("NN")
                {
                    return nil
                }
                return context.replacement(of: preposition, with: "in")
            case .nextLast:
                guard ["in", "on", "at"].contains(preposition.lower),
                    let marker = context.token(at: preposition.index + 1), ["next", "last"].contains(marker.lower),
                    let time = context.token(at: marker.index + 1), time.isWord, timeUnits.contains(time.lower),
                    !time.lower.hasSuffix("s") || time.lower.hasSuffix("day")
                else { return nil }
                // "in next year's festival", "at last week's meeting": the preposition is the festival's.
                if let next = context.token(at: time.index + 1), next.lower == "'s" || next.lower == "'" { return nil }
                if preposition.lower == "at", marker.lower == "last" { return nil }  // "at last", "finally"
                return context.deletion(of: preposition, anchoredToNext: true)
            }
        }
    }
}
