// "dont" → "don't", "im" → "I'm" (orthography.contraction-apostrophe).

import TutorCore

/// A short form typed without its apostrophe ("I dont know", "im tired", "we do nt know") →
/// the short form; in a chat message with no capital and no apostrophe anywhere, underlined
/// but not taught (`AnalysisContext.apostropheFactor`).
/// The spelling rule would otherwise take such a word for the nearest dictionary word and
/// turn "couldnt" into "could" or "doesnt" into "does": the opposite meaning.
struct ContractionApostropheMatcher: Matcher {
    /// Each short form without its apostrophe ("dont") → the short form ("don't").
    let shortForms: WordMap<String>
    let triggerWords: Set<String>?

    /// Short forms whose letters are a rare word too ("cant", "wont"): only after these.
    static let pronounOnly: Set<String> = ["cant", "wont"]

    init(lists: WordLists) {
        var shortForms = WordMap<String>()
        for form in lists["contractions"] where form.contains("'") {
            shortForms.set(form.filter { $0 != "'" }, to: form)
        }
        self.shortForms = shortForms
        self.triggerWords = Set(shortForms.entries.map(\.0) + ["nt"])
    }

    /// Helping verbs whose "n't" may be typed "nt" as a word of its own ("do nt", "ca nt"), and
    /// their short forms.
    static let splitNegatives: WordMap<String> = [
        "do": "don't", "does": "doesn't", "did": "didn't", "ca": "can't", "wo": "won't", "is": "isn't",
        "are": "aren't", "was": "wasn't", "were": "weren't", "could": "couldn't", "should": "shouldn't",
        "would": "wouldn't", "have": "haven't", "has": "hasn't", "had": "hadn't", "must": "mustn't",
        "need": "needn't",
    ]

    /// "do nt" → "don't" (in pre-tokenised text, whose "n't" stands apart, "do n't"): "nt" right
    /// after a helping verb, and a word or the end after it.
    private func splitNegative(_ token: Token, in context: AnalysisContext) -> Match? {
        guard token.lower == "nt", let verb = context.token(at: token.index - 1), verb.isWord,
            let form = Self.splitNegatives[verb], context.gap(between: verb, and: token) == " "
        else { return nil }
        if context.isPretokenised {
            return Match(span: token.span, suggestions: [token.isAllCaps ? "N'T" : "n't"])
        }
        let joined = verb.isAllCaps ? form.uppercased() : verb.isCapitalized ? form.capitalizedFirst : form
        return Match(span: context.span(from: verb, to: token), suggestions: [joined])
    }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token in
            if token.lower == "nt" { return splitNegative(token, in: context) }
            guard token.isWord, let form = shortForms[token] else { return nil }
            // "she dont like it" is not "she don't": agreement.third-person, which runs first,
            // makes it "doesn't"; where it holds back (a past verb near: "doesn't" or "didn't"?),
            // "don't" would teach a wrong sentence, so nothing is said.
            if form == "don't", let previous = context.token(at: token.index - 1),
                FunctionWords.thirdPersonSubjects.contains(previous)
            {
                return nil
            }
            if Self.pronounOnly.contains(token) {
                guard let previous = context.token(at: token.index - 1),
                    FunctionWords.subjectPronouns.contains(previous),
                    context.token(at: token.index + 1)?.isWord == true
                else { return nil }
            }
            // "I" is a capital wherever it stands; another short form keeps the word's capital.
            let suggestion =
                form.hasPrefix("i'")
                ? "I" + form.dropFirst() : token.isCapitalized ? form.capitalizedFirst : form
            return Match(span: token.span, suggestions: [suggestion], confidenceFactor: context.apostropheFactor)
        }
    }
}
