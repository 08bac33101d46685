// Prepositions of time: "in July", "on Monday", "in 1999", "on 14th March", "in the second week".

import TutorCore

/// "on July" → "in July", "in Monday" → "on Monday", "at 1999" → "in 1999": months and
/// years take "in", days take "on". A date is "on" ("on July 4th", "in 14th March" → "on 14th
/// March"), so a month followed by a day's number is left alone; a month followed by a year
/// alone is still "in" ("on July 2001" → "in July 2001"). A week, a month or a year counted in
/// a series takes "in" ("on the second week" → "in the second week"); a day of a series ("in
/// the first day") is preposition.on-the-day's.
struct TimePrepositionMatcher: Matcher {
    let lists: WordLists
    private static let months: WordSet = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    private static let days: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Words that pick out one week, month or year of a series: "the second week".
    private static let seriesWords: WordSet = [
        "first", "second", "third", "fourth", "fifth", "last", "next", "following", "final",
    ]

    var triggerWords: Set<String>? { ["on", "at", "in"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { preposition -> Match? in
            guard ["on", "at", "in"].contains(preposition), let time = context.token(at: preposition.index + 1)
            else { return nil }
            guard let (expected, message) = expectedPreposition(before: time, in: context),
                preposition.lower != expected
            else { return nil }
            var match = context.replacement(of: preposition, with: expected)
            match.message = message
            return match
        }
    }

    /// The preposition the time phrase starting at `time` takes, and what to say about it; nil
    /// when it is no time phrase this rule knows.
    private func expectedPreposition(before time: Token, in context: AnalysisContext) -> (String, LocalizedText?)? {
        let next = context.token(at: time.index + 1)
        if time.isWord, Self.months.contains(time) || (time.text == "May") {
            guard let next, next.kind == .number || (next.isWord && next.lower.first?.isNumber == true) else {
                return ("in", nil)
            }
            // "on July 2001": a month and its year, no day.
            guard Self.year(next) != nil else { return nil }
            return ("in", Self.monthYearMessage)
        }
        if time.isWord, Self.days.contains(time) {
            // "in Monday's class" is still a day; "on" it is.
            return ("on", nil)
        }
        if Self.year(time) != nil { return yearPreposition(after: time, in: context) }
        // "in 14th March", "at 5 May", "in 3rd of June": a date.
        if let month = dateMonth(after: time, in: context), Self.months.contains(month) || month.text == "May" {
            return ("on", Self.dateMessage)
        }
        // "on the second week of July": one week of a series.
        if time.lower == "the", let next, Self.seriesWords.contains(next),
            let unit = context.token(at: next.index + 1), ["week", "month", "year"].contains(unit)
        {
            return ("in", Self.seriesMessage)
        }
        return nil
    }

    /// "at 1999" only: "on 2001" may be a page or a route, "in" is right.
    private func yearPreposition(after time: Token, in context: AnalysisContext) -> (String, LocalizedText?)? {
        guard let previous = context.token(at: time.index - 1), previous.lower == "at" else { return nil }
        if let next = context.token(at: time.index + 1), next.isWord, !lists["phrase-boundary-words"].contains(next) {
            return nil
        }
        return ("in", nil)
    }

    /// The month of a date that starts with a day's number at `time` ("14th March", "3rd of
    /// June"); nil when no month follows.
    private func dateMonth(after time: Token, in context: AnalysisContext) -> Token? {
        guard time.kind == .number, Self.dayOfMonth(time) else { return nil }
        guard var month = context.token(at: time.index + 1), month.isWord else { return nil }
        if month.lower == "of", let after = context.token(at: month.index + 1), after.isWord { month = after }
        return month
    }

    /// A day of the month: "14", "14th", "21st".
    private static func dayOfMonth(_ token: Token) -> Bool {
        let lower = token.lower
        let digits = lower.prefix { $0.isASCII && $0.isNumber }
        let suffix = lower.dropFirst(digits.count)
        guard let day = Int(digits), (1...31).contains(day) else { return false }
        return suffix.isEmpty || ["st", "nd", "rd", "th"].contains(String(suffix))
    }

    /// A year of the last two centuries written in digits: "1999", "2004".
    private static func year(_ token: Token) -> Int? {
        guard token.kind == .number, let year = Int(token.text), (1900...2099).contains(year) else { return nil }
        return year
    }

    private static let monthYearMessage = LocalizedText(
        en: "A month takes 'in', with its year too: '{correction}'.",
        ko: "달(월) 앞에는 연도가 붙어도 'in'을 써요: '{correction}'.")
    private static let dateMessage = LocalizedText(
        en: "A date (a day of a month) takes 'on': '{correction}'.",
        ko: "날짜(몇 월 며칠) 앞에는 'on'을 써요: '{correction}'.")
    private static let seriesMessage = LocalizedText(
        en: "A week, a month or a year takes 'in': '{correction}'.",
        ko: "주, 달, 해 앞에는 'in'을 써요: '{correction}'.")
}
