// "I lived in USA" → "in the USA" (determiner.the-country).

import TutorCore

/// Country names that are a plural or a union of states take "the": "the USA", "the US",
/// "the UK", "the United States", "the United Kingdom", "the Netherlands", "the Philippines",
/// also written with full stops ("U.S.A.", "U.K.", which the tokeniser splits). The rule reads them after a lower-case word that is no determiner (a preposition or a
/// verb: "in USA", "visited UK"), and leaves alone a name that describes the noun after it
/// ("US dollars", "UK citizens"), an address ("Manchester, UK") and shouted text ("HELP US").
struct CountryArticleMatcher: Matcher {
    /// Names written exactly so (the case matters: "US" is not "us").
    private static let names: Set<String> = ["USA", "US", "UK", "Netherlands", "Philippines"]
    /// Words after "United" that make a name taking "the".
    private static let afterUnited: WordSet = ["states", "kingdom", "nations", "arab"]

    var triggerWords: Set<String>? { ["usa", "us", "uk", "netherlands", "philippines", "united", "u"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { name -> Match? in
            guard let last = lastIndex(ofNameAt: name, in: context), let previous = context.token(at: name.index - 1),
                previous.isWord,
                previous.text == previous.lower, !FunctionWords.determiners.contains(previous),
                !FunctionWords.possessives.contains(previous)
            else { return nil }
            // "US dollars", "UK citizens": the name describes the noun after it.
            if let next = context.token(at: wordIndex(after: last, in: context)), next.isWord, next.text == next.lower,
                context.tag(at: next.index).hasPrefix("NN")
            {
                return nil
            }
            return insertion(before: name, endingAt: last, in: context)
        }
    }

    /// "the" before the name; a name in initials is shown whole ("U.S.A." → "the U.S.A."),
    /// with the full stop written after its last letter.
    private func insertion(before name: Token, endingAt last: Int, in context: AnalysisContext) -> Match {
        guard name.text == "U", let end = context.token(at: wordIndex(after: last, in: context) - 1) else {
            return context.insertion("the", before: name)
        }
        let written = (name.index...end.index).compactMap { context.token(at: $0)?.text }.joined()
        return Match(span: context.span(from: name, to: end), suggestions: ["the " + written])
    }

    /// The index of the name's last token when a name that takes "the" starts at the token;
    /// nil otherwise.
    private func lastIndex(ofNameAt token: Token, in context: AnalysisContext) -> Int? {
        if Self.names.contains(token.text) {
            // "US" in a line written in capitals is the pronoun.
            let isPronoun =
                token.text == "US"
                && context.tokens.contains {
                    $0.isWord && $0.text.count > 2 && $0.isAllCaps && $0.lower != "usa" && $0.lower != "uk"
                }
            return isPronoun ? nil : token.index
        }
        if token.text == "U" { return lastIndex(ofInitialsAt: token, in: context) }
        guard token.text == "United", let next = context.token(at: token.index + 1), next.isCapitalized,
            Self.afterUnited.contains(next)
        else { return nil }
        return next.index
    }

    /// "U.S.", "U.S.A", "U.K.": the letters and full stops written together; the index of the
    /// last letter.
    private func lastIndex(ofInitialsAt first: Token, in context: AnalysisContext) -> Int? {
        guard let second = letter(after: first, in: context), ["S", "K"].contains(second.text) else { return nil }
        guard second.text == "S", let third = letter(after: second, in: context), third.text == "A" else {
            return second.index
        }
        return third.index
    }

    /// The capital letter after the letter and a full stop, all written together ("U" "." "S").
    private func letter(after previous: Token, in context: AnalysisContext) -> Token? {
        guard let stop = context.token(at: previous.index + 1), stop.text == ".",
            stop.span.start == previous.span.end, let letter = context.token(at: stop.index + 1),
            letter.span.start == stop.span.end, letter.text.count == 1, letter.isCapitalized
        else { return nil }
        return letter
    }

    /// The index of the token after the name's last letter and the full stop written with it.
    private func wordIndex(after last: Int, in context: AnalysisContext) -> Int {
        guard let lastToken = context.token(at: last), let stop = context.token(at: last + 1), stop.text == ".",
            stop.span.start == lastToken.span.end, lastToken.text.count == 1
        else { return last + 1 }
        return last + 2
    }
}
