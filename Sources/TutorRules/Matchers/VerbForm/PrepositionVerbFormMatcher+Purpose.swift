// "I went to the shop for buying bread" → "to buy": a purpose after a verb of going or writing.

import TutorCore

extension PrepositionVerbFormMatcher {
    /// "for" + an -ing verb that says why someone went, came or wrote ("I went there for buying
    /// some bread", "I am writing for asking you"), to be "to" + the base form. Only after one of
    /// `purposeVerbs` a few words before, with no punctuation between, and only when the -ing
    /// word has an object after it (a determiner, a possessive, a pronoun or a noun), so that
    /// "went for shopping" and "a machine for cleaning floors" (no verb of going) stay; so does
    /// "I am writing to thank you for organising", where thanks take -ing.
    func purposeGerund(after preposition: Token, in context: AnalysisContext) -> Match? {
        guard let verb = context.token(at: preposition.index + 1), verb.isWord, verb.lower != "being",
            let object = context.token(at: verb.index + 1), object.isWord,
            followsPurposeVerb(preposition, in: context), !followsThanksOrAdjective(preposition, in: context),
            context.tag(at: verb.index) == "VBG",
            let base = context.lexicon.base(ofForm: verb.lower, kind: .presentParticiple),
            Self.objectStarts.contains(object) || ["NN", "NNS"].contains(context.tag(at: object.index))
        else { return nil }
        let to = preposition.isAllCaps ? "TO" : preposition.isCapitalized ? "To" : "to"
        let words = to + " " + (verb.isAllCaps ? base.uppercased() : base)
        return Match(span: context.span(from: preposition, to: verb), suggestions: [words])
    }

    private func followsPurposeVerb(_ preposition: Token, in context: AnalysisContext) -> Bool {
        for offset in 1...4 {
            guard let word = context.token(at: preposition.index - offset), word.isWord else { return false }
            if Self.purposeVerbs.contains(word) { return true }
        }
        return false
    }

    private static let purposeVerbs: WordSet = [
        "go", "goes", "went", "going", "come", "comes", "came", "coming", "travel", "travelled", "traveled",
        "travelling", "traveling", "writing", "write", "wrote", "phoned", "called", "return", "returned",
    ]
    private static let objectStarts: WordSet = [
        "a", "an", "the", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those",
        "some", "me", "you", "him", "us", "them", "it",
    ]
}
