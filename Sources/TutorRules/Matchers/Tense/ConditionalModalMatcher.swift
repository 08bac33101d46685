// "I will be grateful if you could help" → "would"; "I would appreciate it if you can" →
// "could" (tense.conditional-modal).

import TutorCore

/// A polite or unreal condition whose two halves disagree in tense: "I will be grateful if you
/// could send me the list" → "would", "It would be great if you can come" → "could". A clause
/// that weighs something ("be grateful", "be great", "appreciate") followed by an "if" clause
/// with "could", "would" or "were" imagines it, so the weighing takes "would"; one with "would"
/// imagines it already, so its "if" clause takes "could", not "can" (and "would", not "will").
/// Only where the weighing clause is short and whole: the modal, "be" and one adjective ("be
/// very kind of you"), or "appreciate" or "enjoy", then "if" and a subject of at most three
/// words before the second modal. Never "would like to know if I will need", where "if" asks a
/// question, nor "as if", nor a question.
struct ConditionalModalMatcher: Matcher {
    var triggerWords: Set<String>? { ["if"] }

    /// Adverbs that may stand between the modal and what it weighs: "I would really appreciate".
    private static let adverbs: WordSet = [
        "really", "very", "also", "so", "certainly", "definitely", "truly", "most", "extremely", "greatly",
        "deeply", "much", "more", "especially", "always", "sincerely", "all", "personally",
    ]
    /// Verbs that weigh what the "if" clause supposes.
    private static let weighingVerbs: WordSet = ["appreciate", "enjoy"]
    /// Words that may close the weighing clause before "if": "kind of you", "appreciate it".
    private static let weighingTail: WordSet = ["it", "of", "you", "to", "for", "me", "us", "much", "very", "so"]
    private static let mainWill: WordSet = ["will", "'ll", "won't", "wo"]
    private static let mainWould: WordSet = ["would", "'d", "wouldn't"]
    /// Verbs of a condition's clause that are not in `FunctionWords.modals`.
    private static let otherConditionVerbs: WordSet = ["were", "can't", "couldn't", "wouldn't", "won't"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for modal in context.tokens where Self.mainWill.contains(modal) || Self.mainWould.contains(modal) {
            guard let ifToken = conditionAfterWeighing(by: modal, in: context),
                let second = modalOfCondition(after: ifToken, in: context),
                !context.sentence(containing: modal.index).contains(where: { $0.text == "?" })
            else { continue }
            if Self.mainWill.contains(modal),
                ["could", "would", "were", "couldn't", "wouldn't"].contains(second.lower),
                let replacement = Self.wouldForm(of: modal, in: context)
            {
                matches.append(
                    context.replacement(of: modal, with: modal.isAllCaps ? replacement.uppercased() : replacement))
            } else if Self.mainWould.contains(modal), let replacement = Self.pastForm(of: second, in: context) {
                matches.append(
                    context.replacement(of: second, with: second.isAllCaps ? replacement.uppercased() : replacement))
            }
        }
        return matches
    }

    /// The "if" that follows the modal's weighing clause ("will be grateful if", "'d appreciate
    /// it if"), or nil when the modal does not weigh a condition.
    private func conditionAfterWeighing(by modal: Token, in context: AnalysisContext) -> Token? {
        var index = modal.index + 1
        if context.token(at: index)?.lower == "n't" { index += 1 }
        while let token = context.token(at: index), Self.adverbs.contains(token) { index += 1 }
        guard let head = context.token(at: index) else { return nil }
        if head.lower == "be" {
            index += 1
            while let token = context.token(at: index), Self.adverbs.contains(token) { index += 1 }
            guard context.token(at: index)?.isWord == true, context.tag(at: index).hasPrefix("JJ") else { return nil }
        } else if !Self.weighingVerbs.contains(head) {
            return nil
        }
        index += 1
        for _ in 0..<3 {
            guard let token = context.token(at: index), Self.weighingTail.contains(token) else { break }
            index += 1
        }
        if context.token(at: index)?.text == "," { index += 1 }
        guard let ifToken = context.token(at: index), ifToken.lower == "if" else { return nil }
        return ifToken
    }

    /// The modal (or "were") of the "if" clause, after a subject of one to three words with no
    /// verb, comma or clause word among them: "if you could", "if the matter can".
    private func modalOfCondition(after ifToken: Token, in context: AnalysisContext) -> Token? {
        for offset in 1...4 {
            let index = ifToken.index + offset
            guard let token = context.token(at: index), token.isWord else { return nil }
            if FunctionWords.modals.contains(token) || Self.otherConditionVerbs.contains(token) {
                return offset > 1 ? token : nil
            }
            if FunctionWords.clauseStarters.contains(token) || context.tag(at: index).hasPrefix("V") { return nil }
        }
        return nil
    }

    /// "would" for "will", "'d" for "'ll", "wouldn't" for "won't" ("would" for "wo" of a split
    /// "wo n't"): ReportedClauseMatcher's backshift of the forms of "will" alone.
    private static func wouldForm(of modal: Token, in context: AnalysisContext) -> String? {
        guard ["will", "'ll", "won't", "wo"].contains(modal.lower) else { return nil }
        return ReportedClauseMatcher.backshift(modal, in: context)
    }

    /// "could" for the condition's "can" ("could" for "ca" of a split "ca n't"), "would" for
    /// its "will": ReportedClauseMatcher's backshift of these.
    private static func pastForm(of modal: Token, in context: AnalysisContext) -> String? {
        guard ["can", "can't", "cannot", "will", "ca"].contains(modal.lower) else { return nil }
        return ReportedClauseMatcher.backshift(modal, in: context)
    }
}
