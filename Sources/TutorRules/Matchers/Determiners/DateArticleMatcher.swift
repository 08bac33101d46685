// "on 14th of March" → "on the 14th of March", "in 21st century" → "in the 21st century"
// (determiner.the-date).

import TutorCore

/// A day said as an ordinal before "of" and a month names one day of the calendar and takes
/// "the": "on the 14th of March", "until the 2nd of May". A century said with an ordinal takes
/// "the" too: "in the 21st century". Read after a preposition of time, so a date after a
/// weekday ("Tuesday 14th of March") or at the start of a line, where writers often leave
/// the article out, is left alone, as are dates without "of" ("on 14th March", "on March
/// 14th") and a century that describes a noun ("21st century skills").
struct DateArticleMatcher: Matcher {
    /// Prepositions before a date or a century, after which the article goes.
    private static let prepositions: WordSet = [
        "on", "until", "till", "by", "before", "after", "since", "of", "in", "during",
    ]
    /// Prepositions that go with a century but not with a day ("in the 14th of March" is
    /// wrong for another reason).
    private static let centuryOnlyPrepositions: WordSet = ["in", "during"]
    private static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    /// Ordinals written in words, up to the last day of a month.
    private static let spelledOrdinals: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth",
    ]

    var triggerWords: Set<String>? { ["of", "century"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { ordinal -> Match? in
            guard isOrdinal(ordinal), let preposition = context.token(at: ordinal.index - 1),
                preposition.text == preposition.lower, Self.prepositions.contains(preposition),
                let next = context.token(at: ordinal.index + 1)
            else { return nil }
            if next.lower == "of", !Self.centuryOnlyPrepositions.contains(preposition),
                let month = context.token(at: next.index + 1), Self.months.contains(month),
                month.lower != "may" || month.text == "May"
            {
                return context.insertion("the", before: ordinal)
            }
            guard next.lower == "century", next.text == next.lower, endsPhrase(next, in: context) else { return nil }
            var match = context.insertion("the", before: ordinal)
            match.message = LocalizedText(
                en: "A century said with an ordinal takes 'the': '{correction}'.",
                ko: "서수로 말하는 세기에는 'the'를 붙여요: '{correction}'.")
            return match
        }
    }

    /// "14th", "1st", "fifth": a day's or a century's number said as an ordinal, in lower case.
    private func isOrdinal(_ token: Token) -> Bool {
        let text = token.text
        if Self.spelledOrdinals.contains(token) { return text == token.lower }
        // Most tokens start with a letter: no walk over their characters.
        guard let first = text.utf8.first, (0x30...0x39).contains(first) else { return false }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return false }
        return ["st", "nd", "rd", "th"].contains(text.dropFirst(digits.count))
    }

    /// "century" ends its phrase: no noun or hyphen after it ("21st century skills",
    /// "21st-century").
    private func endsPhrase(_ century: Token, in context: AnalysisContext) -> Bool {
        guard let after = context.token(at: century.index + 1) else { return true }
        if after.kind == .punctuation { return after.text != "-" }
        return !context.tag(at: after.index).hasPrefix("NN")
    }
}
