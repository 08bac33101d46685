// Prepositions of time: "in July", "on Monday", "in 1999".

import TutorCore

/// "on July" → "in July", "in Monday" → "on Monday", "at 1999" → "in 1999": months and
/// years take "in", days take "on". A date is "on" ("on July 4th"), so a month followed by
/// a number is left alone.
struct TimePrepositionMatcher: Matcher {
    let lists: WordLists
    private static let months: WordSet = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    private static let days: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    var triggerWords: Set<String>? { ["on", "at", "in"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { preposition -> Match? in
            guard ["on", "at", "in"].contains(preposition), let time = context.token(at: preposition.index + 1)
            else { return nil }
            let expected: String
            if time.isWord, Self.months.contains(time) || (time.text == "May") {
                if let next = context.token(at: time.index + 1),
                    next.kind == .number || (next.isWord && next.lower.first?.isNumber == true)
                {
                    return nil
                }
                expected = "in"
            } else if time.isWord, Self.days.contains(time) {
                // "in Monday's class" is still a day; "on" it is.
                expected = "on"
            } else if time.kind == .number, let year = Int(time.text), (1900...2099).contains(year),
                preposition.lower == "at"
            {
                // "at 1999" only: "on 2001" may be a page or a route, "in" is right.
                if let next = context.token(at: time.index + 1), next.isWord,
                    !lists["phrase-boundary-words"].contains(next)
                {
                    return nil
                }
                expected = "in"
            } else {
                return nil
            }
            guard preposition.lower != expected else { return nil }
            return context.replacement(of: preposition, with: expected)
        }
    }
}
