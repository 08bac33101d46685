// "dont" → "don't", "im" → "I'm" (orthography.contraction-apostrophe).

import TutorCore

/// A short form typed without its apostrophe ("I dont know", "im tired") → the short form; in
/// a chat message with no capital and no apostrophe anywhere, underlined but not taught
/// (`AnalysisContext.apostropheFactor`).
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
        self.triggerWords = Set(shortForms.entries.map(\.0))
    }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token in
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
