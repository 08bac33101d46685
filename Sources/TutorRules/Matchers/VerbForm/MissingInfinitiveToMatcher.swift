// "I want go home" → "I want to go home": verbs of wanting and deciding take a to-infinitive.

import TutorCore

/// Finds a verb that takes a to-infinitive ("want", "need", "decide", "would like") followed
/// straight by a verb's base form, or by an object pronoun and a base form for the verbs that
/// take one ("want you come", "asked me help"), and puts "to" before the base form. Verbs that
/// take a bare infinitive ("help", "let", "make") are not on the list. The following word must
/// be tagged a verb ("I need help with" has a noun), and the governing word too ("our plans").
struct MissingInfinitiveToMatcher: Matcher {
    /// Verbs followed directly by "to" + verb.
    private static let governors: WordSet = [
        "want", "wants", "wanted", "need", "needs", "needed", "decide", "decides", "decided", "hope", "hopes",
        "hoped", "plan", "plans", "planned", "refuse", "refused", "promise", "promised", "manage", "managed",
        "seem", "seems", "seemed", "prefer", "prefers", "preferred", "forget", "forgot", "expect", "expected",
    ]
    /// Verbs that take "to" only after "would" ("I would like to go", but "I like swimming").
    private static let conditionalGovernors: WordSet = ["like", "love", "hate"]
    /// Verbs that take an object and then "to" + verb ("asked me to help").
    private static let objectGovernors: WordSet = [
        "want", "wants", "wanted", "ask", "asks", "asked", "tell", "tells", "told", "like",
        "allow", "allowed", "advise", "advised",
    ]
    /// "I'd like to tell you thank you": a set phrase, not a verb of its own.
    private static let setPhrases: WordSet = ["thank"]
    private static let objects: WordSet = ["me", "you", "him", "her", "us", "them"]

    var triggerWords: Set<String>? {
        Set(Self.governors).union(Self.conditionalGovernors).union(Self.objectGovernors)
    }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { governor -> Match? in
            guard governor.isWord, governs(governor, in: context),
                let next = context.token(at: governor.index + 1), next.isWord
            else { return nil }
            var verb = next
            if Self.objects.contains(next) {
                guard takesObject(governor, in: context), let after = context.token(at: next.index + 1) else {
                    return nil
                }
                verb = after
            } else if !Self.governors.contains(governor) && !Self.conditionalGovernors.contains(governor) {
                return nil
            }
            guard isBaseVerb(verb, in: context) else { return nil }
            return Match(span: verb.span, suggestions: [(governor.isAllCaps ? "TO " : "to ") + verb.text])
        }
    }

    /// Whether `governor` is a verb here that takes "to": a listed verb tagged a verb, the
    /// conditional ones only after "would" or "'d".
    private func governs(_ governor: Token, in context: AnalysisContext) -> Bool {
        let listed =
            Self.governors.contains(governor) || Self.conditionalGovernors.contains(governor)
            || Self.objectGovernors.contains(governor)
        guard listed, context.tag(at: governor.index).hasPrefix("VB") else { return false }
        let plain = Self.governors.contains(governor) || Self.objectGovernors.contains(governor)
        return plain && governor.lower != "like" || context.followsWould(governor)
    }

    private func takesObject(_ governor: Token, in context: AnalysisContext) -> Bool {
        Self.objectGovernors.contains(governor) && (governor.lower != "like" || context.followsWould(governor))
    }

    /// A base form tagged a verb, never another form of one ("want went" is another error).
    private func isBaseVerb(_ token: Token, in context: AnalysisContext) -> Bool {
        guard token.isWord, !FunctionWords.modals.contains(token), !["to", "not"].contains(token),
            !Self.setPhrases.contains(token)
        else { return false }
        // "the product you wanted have run out": an auxiliary starts the clause's own verb.
        if ["have", "has"].contains(token), let next = context.token(at: token.index + 1),
            context.lexicon.verbReadings(of: next).contains(where: { $0.kind == .pastParticiple })
        {
            return false
        }
        let readings = context.lexicon.verbReadings(of: token)
        guard readings.contains(where: { $0.kind == .base }) else { return false }
        return ["VB", "VBP"].contains(context.tag(at: token.index))
    }
}
