// "I hope hearing from you" → "I hope to hear from you": these verbs take a to-infinitive, not -ing.

import TutorCore

/// Finds a verb that takes only a to-infinitive ("decide", "hope", "refuse", "would like")
/// followed by a verb's -ing form, and gives "to" + the base form. Verbs that take -ing as
/// well ("like", "try", "begin", British "it wants cleaning") are not on the list,
/// and an -ing word that is the subject of its own clause ("I hope swimming is allowed") stays.
struct GerundForInfinitiveMatcher: Matcher {
    private static let governors: WordSet = [
        "decide", "decides", "decided", "hope", "hopes", "hoped", "refuse", "refuses", "refused", "promise",
        "promised", "manage", "managed", "agree", "agreed", "plan", "plans", "planned",
    ]
    /// Verbs that take only "to" after "would" ("I would like to go", but "I like going");
    /// not "prefer": "I would prefer staying in a tent" is British English.
    private static let conditionalGovernors: WordSet = ["like", "love"]

    var triggerWords: Set<String>? { Set(Self.governors).union(Self.conditionalGovernors) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { governor -> Match? in
            // The words first, the tags last (tagging is most of the analyser's time).
            guard governor.isWord, mayGovern(governor, in: context),
                let verb = context.token(at: governor.index + 1), verb.isWord, verb.lower != "being",
                let base = context.lexicon.base(ofForm: verb, kind: .presentParticiple),
                context.tag(at: governor.index).hasPrefix("VB"), context.tag(at: verb.index) == "VBG",
                !startsClause(after: verb, in: context)
            else { return nil }
            let words = "to " + base
            return Match(span: verb.span, suggestions: [verb.isAllCaps ? words.uppercased() : words])
        }
    }

    /// Whether the word may govern a to-infinitive here (it must also be tagged a verb).
    private func mayGovern(_ governor: Token, in context: AnalysisContext) -> Bool {
        if Self.governors.contains(governor) { return true }
        return Self.conditionalGovernors.contains(governor) && context.followsWould(governor)
    }

    /// "I hope swimming is allowed": the -ing word is a subject when a finite verb follows it.
    private func startsClause(after verb: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: verb.index + 1), next.isWord else { return false }
        return ["VBZ", "VBD", "MD"].contains(context.tag(at: next.index)) || FunctionWords.beForms.contains(next)
    }
}
