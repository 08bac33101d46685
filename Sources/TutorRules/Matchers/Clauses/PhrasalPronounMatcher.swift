// "I turned off it" → "turned it off" (word-order.phrasal-pronoun).

import TutorCore

/// A phrasal verb whose object is "it" or "them" takes the pronoun between the verb and its
/// particle: "turn it off", "pick them up", "check it out"; a noun may go either side ("turn off
/// the light"), a pronoun may not. Korean puts the object before the whole verb, so learners
/// keep the particle next to the verb. The rule reads a form of a verb of `pairs`, its particle
/// right after and "it" or "them" right after that, ending its phrase. Left alone: a clause
/// that opens with a question word ("What did you put on it?", where "on it" is a place), an
/// "it's" after the particle, and verbs whose particle may be a preposition before a pronoun
/// ("look after it", "get on it"), which are not in `pairs`.
struct PhrasalPronounMatcher: Matcher {
    /// Each particle and the forms of the verbs that go with it as a separable phrasal verb.
    private static let pairs: [String: WordSet] = [
        "off": forms(["turn", "switch", "take", "put"], irregular: ["took", "taken"]),
        "on": forms(["turn", "switch", "try"], irregular: ["tried", "tries"]),
        "up": forms(["pick", "clean", "set", "wake", "give", "look"], irregular: ["gave", "given", "woke", "woken"]),
        "down": forms(["turn", "write", "put"], irregular: ["wrote", "written"]),
        "away": forms(["throw", "put", "give"], irregular: ["threw", "thrown", "gave", "given"]),
        "out": forms(["figure", "check", "throw", "fill"], irregular: ["threw", "thrown"]),
        "back": forms(["give", "bring", "send", "pay"], irregular: ["gave", "given", "brought", "sent", "paid"]),
    ]
    private static let pronouns: WordSet = ["it", "them"]
    /// Words after the pronoun that show it ends the verb's phrase.
    private static let phraseEnds: WordSet = [
        "and", "but", "so", "because", "before", "after", "when", "again", "now", "please", "for", "with",
        "yesterday", "today", "tomorrow", "tonight", "later", "soon", "first", "quickly", "right", "at", "in",
        "on", "then", "too",
    ]
    private static let questionWords: WordSet = ["what", "which", "where", "who", "how", "why", "when"]

    /// The base, -s, -ed and -ing forms of the verbs ("figure" → "figured", "figuring"), and
    /// their irregular forms.
    private static func forms(_ verbs: [String], irregular: [String]) -> WordSet {
        var words = irregular
        for verb in verbs {
            let stem = verb.hasSuffix("e") ? String(verb.dropLast()) : verb
            let doubled = ["set", "put"].contains(verb) ? verb + String(verb.suffix(1)) : stem
            let third = verb.hasSuffix("ch") || verb.hasSuffix("sh") ? verb + "es" : verb + "s"
            words += [verb, third, stem + "ed", doubled + "ing"]
        }
        return WordSet(words)
    }

    var triggerWords: Set<String>? { ["it", "them"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { pronoun -> Match? in
            guard pronoun.isWord, Self.pronouns.contains(pronoun),
                let particle = context.token(at: pronoun.index - 1), particle.isWord,
                let verbs = Self.pairs[particle.lower],
                let verb = context.token(at: particle.index - 1), verb.isWord, verbs.contains(verb),
                endsPhrase(after: pronoun, in: context), !opensWithQuestionWord(before: verb, in: context)
            else { return nil }
            let words = pronoun.lower + " " + particle.lower
            return Match(span: context.span(from: particle, to: pronoun), suggestions: [words])
        }
    }

    /// The pronoun ends the verb's phrase: the text or a clause ends, or a joining or time word
    /// follows ("turned off it and", "pick up them tomorrow"); not "it's".
    private func endsPhrase(after pronoun: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: pronoun.index + 1) else { return true }
        if next.isWord { return Self.phraseEnds.contains(next) }
        return !next.text.hasPrefix("'") && !next.text.hasPrefix("’")
    }

    /// The verb's clause opens with a question word: "What should I put on it?"
    private func opensWithQuestionWord(before verb: Token, in context: AnalysisContext) -> Bool {
        var index = verb.index - 1
        while let token = context.token(at: index), !token.endsSentence, token.text != "," {
            if token.isWord, Self.questionWords.contains(token) { return true }
            index -= 1
        }
        return false
    }
}
