// "However the food was cold." → "However, the food was cold."

import TutorCore

/// Finds "However", "For example" or "For instance" opening a sentence with no comma after
/// it, and adds one (the list: wordlists/introductory-phrases.txt). "However hard you try"
/// (however + an adjective or adverb) is a different "however" and is left alone. In
/// pre-tokenised text ("However the food ...", as in the learner corpora) the comma is a
/// token of its own.
struct IntroductoryCommaMatcher: Matcher {
    let phrases: [[String]]

    init(lists: WordLists) {
        phrases = lists["introductory-phrases"].map { $0.split(separator: " ").map(String.init) }.sorted {
            $0.count > $1.count
        }
    }

    var triggerWords: Set<String>? { Set(phrases.compactMap(\.first)) }

    func matches(in context: AnalysisContext) -> [Match] {
        let tokens = context.tokens
        return tokens.compactMap { first -> Match? in
            guard first.startsSentence, first.isWord else { return nil }
            guard
                let phrase = phrases.first(where: { phrase in
                    first.index + phrase.count < tokens.count
                        && zip(phrase, tokens[first.index...]).allSatisfy { $0 == $1.lower }
                })
            else { return nil }
            let last = tokens[first.index + phrase.count - 1]
            guard let next = context.token(at: last.index + 1), next.isWord else { return nil }
            if phrase == ["however"],
                context.lexicon.isAdjective(next)
                    || ["much", "many", "long", "often", "far"].contains(next)
            {
                return nil
            }
            // "However you go, it takes an hour": "in whatever way", a clause of its own that
            // a comma closes a few words on.
            if phrase == ["however"],
                (last.index + 2...last.index + 5).contains(where: { context.token(at: $0)?.text == "," })
            {
                return nil
            }
            // "For example of ...", "In addition to the price, ...": the phrase goes on.
            if next.lower == "to" || next.lower == "of" { return nil }
            let comma = context.isPretokenised ? " ," : ","
            return Match(span: last.span, suggestions: [last.text + comma])
        }
    }
}
