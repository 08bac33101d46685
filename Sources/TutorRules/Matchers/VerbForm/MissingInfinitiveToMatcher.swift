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
            // The words first, the tags last: a governor and a verb the words allow ask for the
            // tags (tagging is most of the analyser's time, and "want" or "need" before a noun
            // is common).
            guard governor.isWord, mayGovern(governor, in: context),
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
            guard mayBeBaseVerb(verb, in: context), context.tag(at: governor.index).hasPrefix("VB"),
                ["VB", "VBP"].contains(context.tag(at: verb.index)), !plainLikeBeforeNoun(governor, verb, in: context)
            else { return nil }
            return Match(span: verb.span, suggestions: [(governor.isAllCaps ? "TO " : "to ") + verb.text])
        }
    }

    /// Whether `governor` may be a verb here that takes "to", by its words: a listed verb, the
    /// conditional ones only after "would" or "'d" (it must also be tagged a verb).
    private func mayGovern(_ governor: Token, in context: AnalysisContext) -> Bool {
        let plain = Self.governors.contains(governor) || Self.objectGovernors.contains(governor)
        guard plain || Self.conditionalGovernors.contains(governor) else { return false }
        return plain && governor.lower != "like" || context.followsWould(governor)
            || Self.conditionalGovernors.contains(governor) && followsPlainSubject(governor, in: context)
    }

    /// Whether a present "like", "love" or "hate" follows its subject: "I like go", "they love
    /// play", "he doesn't like stay" ("I like to go" or "going").
    private func followsPlainSubject(_ governor: Token, in context: AnalysisContext) -> Bool {
        guard let previous = context.token(at: governor.index - 1), previous.isWord else { return false }
        if Self.plainSubjects.contains(previous) { return true }
        guard previous.lower == "n't" || previous.lower == "not",
            let auxiliary = context.token(at: previous.index - 1)
        else { return ["don't", "doesn't", "didn't"].contains(previous.lower) }
        return ["do", "does", "did"].contains(auxiliary.lower)
    }

    private static let plainSubjects: WordSet = ["i", "we", "they", "you"]

    /// "You like pop music", "we love dance shows": after a plain "like", "love" or "hate" (no
    /// "would"), a word tagged a verb before one tagged a noun or an adjective, or before a
    /// hyphen, is more likely the first word of the object than a verb.
    private func plainLikeBeforeNoun(_ governor: Token, _ verb: Token, in context: AnalysisContext) -> Bool {
        guard Self.conditionalGovernors.contains(governor), !context.followsWould(governor),
            let next = context.token(at: verb.index + 1)
        else { return false }
        // "Do you like do-it-yourself kits?": a word joined by a hyphen starts a compound.
        if next.text == "-" { return true }
        guard next.isWord else { return false }
        let tag = context.tag(at: next.index)
        return tag.hasPrefix("NN") || tag.hasPrefix("JJ")
    }

    private func takesObject(_ governor: Token, in context: AnalysisContext) -> Bool {
        Self.objectGovernors.contains(governor) && (governor.lower != "like" || context.followsWould(governor))
    }

    /// Whether the token may be a base form by its words: a verb's base form, never another
    /// form of one ("want went" is another error) nor a modal (it must also be tagged VB or VBP).
    private func mayBeBaseVerb(_ token: Token, in context: AnalysisContext) -> Bool {
        guard token.isWord, !FunctionWords.modals.contains(token), !["to", "not"].contains(token),
            !Self.setPhrases.contains(token)
        else { return false }
        // "the product you wanted have run out": an auxiliary starts the clause's own verb.
        if ["have", "has"].contains(token), let next = context.token(at: token.index + 1),
            context.lexicon.verbReadings(of: next).contains(where: { $0.kind == .pastParticiple })
        {
            return false
        }
        return context.lexicon.verbReadings(of: token).contains(where: { $0.kind == .base })
    }
}
