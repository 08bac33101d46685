// "forty five minutes" → "forty-five minutes", "the twenty first century" → "the twenty-first century"

import TutorCore

/// Finds a number from 21 to 99 written in words with a space between the tens and the ones
/// ("forty five", "twenty first") and joins them with a hyphen, as English always writes
/// them. Only when the two words touch with a space: "twenty, one for each" is a list, and
/// "forty-five" is already right. In pre-tokenised text ("forty five", as in the learner
/// corpora) the hyphen is a token of its own.
struct CompoundNumberMatcher: Matcher {
    private static let tens: WordSet = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
    private static let ones: WordSet = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ]

    var triggerWords: Set<String>? { Set(Self.tens) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { tens -> Match? in
            guard tens.isWord, Self.tens.contains(tens),
                let ones = context.token(at: tens.index + 1), ones.isWord, Self.ones.contains(ones),
                context.gap(between: tens, and: ones) == " "
            else { return nil }
            let hyphen = context.isPretokenised ? " - " : "-"
            return Match(span: context.span(from: tens, to: ones), suggestions: [tens.text + hyphen + ones.text])
        }
    }
}
