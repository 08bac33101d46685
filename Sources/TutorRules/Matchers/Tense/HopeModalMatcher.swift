// "I hope you could help me" → "can" (tense.hope-modal).

import TutorCore

/// "would" or "could" in what a present "hope" looks forward to: "I hope you would reply
/// soon" → "will", "I hope we could meet in July" → "can". A hope said now is about what is
/// real and still to come, which takes "will" and "can"; "would" and "could" belong to a past
/// hope ("I hoped you would come") or to an unreal one, which "hope" does not take ("I wish you
/// could"). Only after "I hope" or "we hope" (an adverb between: "we all hope", "I really
/// hope"), not after "would hope", "hoped" or the noun ("in the hope that I would win"), and
/// only where the subject right after "hope" (or "hope that") opens a short clause of its own
/// that reaches the modal with no verb, comma or clause word on the way. Left alone: "could
/// help" ("I hope I could help" looks back on help given), "would like", "would rather",
/// "would have"/"could have" (a hope about the past), and a sentence whose "if" clause is
/// unreal ("if you were", "if I had").
struct HopeModalMatcher: Matcher {
    var triggerWords: Set<String>? { ["hope"] }

    private static let hopers: WordSet = ["i", "we"]
    /// Words that may stand between the subject and "hope": "we all hope", "I really hope".
    private static let hopeAdverbs: WordSet = [
        "really", "sincerely", "truly", "all", "do", "just", "also", "still", "therefore", "so", "only", "both",
    ]
    /// Words that may open the hoped clause's subject.
    private static let subjectOpeners: WordSet = [
        "i", "you", "he", "she", "it", "we", "they", "there", "this", "that", "these", "those", "the", "my", "your",
        "his", "her", "our", "their", "its", "everyone", "everybody", "everything", "all",
    ]
    /// Words after the modal with which the hope looks back, or is not about a plain future.
    private static let notForward: WordSet = ["have", "'ve", "help", "like", "love", "prefer", "rather", "mind"]
    /// Verbs of an unreal "if" clause.
    private static let unrealIfVerbs: WordSet = ["were", "was", "had", "did", "could", "knew", "would"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for hope in context.tokens where hope.lower == "hope" {
            guard hopesNow(hope, in: context),
                let (modal, replacement) = modalOfHopedClause(after: hope, in: context)
            else { continue }
            // "I HOPE YOU COULD" → "CAN": a text in capitals keeps them.
            let written = modal.isAllCaps ? replacement.uppercased() : replacement
            matches.append(context.replacement(of: modal, with: written))
        }
        return matches
    }

    /// Whether the "hope" is a present verb of "I" or "we": "I hope", "we all hope".
    private func hopesNow(_ hope: Token, in context: AnalysisContext) -> Bool {
        var index = hope.index - 1
        if let adverb = context.token(at: index), Self.hopeAdverbs.contains(adverb) { index -= 1 }
        guard let subject = context.token(at: index), Self.hopers.contains(subject) else { return false }
        // "I would hope", "we'd hope": a hedged hope, which may take "would".
        let before = context.token(at: index - 1)?.lower ?? ""
        return !["would", "'d", "could", "might"].contains(before)
    }

    /// The "would" or "could" of the clause that follows "hope" and its replacement, or nil.
    private func modalOfHopedClause(after hope: Token, in context: AnalysisContext) -> (Token, String)? {
        var index = hope.index + 1
        // "I hope, it would …", "I hope that soon there would be …".
        if context.token(at: index)?.text == "," { index += 1 }
        if context.token(at: index)?.lower == "that" { index += 1 }
        if ["soon", "someday"].contains(context.token(at: index)?.lower ?? "") { index += 1 }
        guard let opener = context.token(at: index), opener.isWord, Self.subjectOpeners.contains(opener)
        else { return nil }
        // The subject: up to four words with no verb, comma or clause word among them.
        for offset in 1...4 {
            guard let token = context.token(at: index + offset), token.isWord else { return nil }
            if let replacement = Self.forwardForm(of: token, in: context) {
                guard isPlainForward(after: token, in: context) else { return nil }
                return (token, replacement)
            }
            if FunctionWords.clauseStarters.contains(token) || FunctionWords.modals.contains(token)
                || token.lower.hasSuffix("n't") || context.tag(at: token.index).hasPrefix("V")
            {
                return nil
            }
        }
        return nil
    }

    /// "will" for "would", "can" for "could", and their negatives ("would n't" → "wo" when the
    /// text splits them).
    private static func forwardForm(of modal: Token, in context: AnalysisContext) -> String? {
        let splitNot = context.token(at: modal.index + 1)?.lower == "n't"
        switch modal.lower {
        case "would": return splitNot ? "wo" : "will"
        case "could": return splitNot ? "ca" : "can"
        case "wouldn't", "wouldn’t": return "won't"
        case "couldn't", "couldn’t": return "can't"
        default: return nil
        }
    }

    /// Whether the modal's clause looks forward plainly: not "would like", "could have", "could
    /// help", nor a sentence with an unreal "if" clause after it.
    private func isPlainForward(after modal: Token, in context: AnalysisContext) -> Bool {
        var next = modal.index + 1
        while let token = context.token(at: next), ["n't", "not", "also", "really", "still"].contains(token) {
            next += 1
        }
        guard let verb = context.token(at: next), verb.isWord, !Self.notForward.contains(verb) else {
            return false
        }
        let sentence = context.sentence(containing: modal.index)
        return !sentence.contains { token in
            guard token.index > modal.index, token.lower == "if" else { return false }
            let verbs = (1...3).compactMap { context.token(at: token.index + $0)?.lower }
            return verbs.contains { Self.unrealIfVerbs.contains($0) }
        }
    }
}
