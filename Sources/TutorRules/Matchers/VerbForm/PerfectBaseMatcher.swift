// "We have develop an app" → "have developed": the perfect takes the past participle, not the base.

import TutorCore

/// Finds "have", "has" or "had" (adverbs and "not" aside) followed by a verb's base form whose
/// past participle is a different word ("develop"/"developed", "choose"/"chosen"), and gives
/// the participle. Verbs whose base and participle are the same ("come", "put") never match.
/// "have" is also a main verb before a noun ("I have work", "we have experience"), so a word
/// that is also a noun must take an object ("have finish my homework");
/// adjectives ("have own", "had mean") never match.
struct PerfectBaseMatcher: Matcher {
    private static let haveForms: WordSet = ["have", "has", "had", "'ve"]
    // Not "not": "I haven't think about it" is more often "didn't think" than "haven't thought".
    private static let skipped: WordSet = ["never", "already", "just", "ever", "also", "recently"]

    var triggerWords: Set<String>? { Set(Self.haveForms) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { have -> Match? in
            guard have.isWord, Self.haveForms.contains(have), let verb = nextWord(after: have, in: context),
                // "I would have spend": as often a misplaced "have" ("I would spend") as a participle.
                !(context.token(at: have.index - 1).map { FunctionWords.modals.contains($0) } ?? false),
                let participle = participle(of: verb, in: context)
            else { return nil }
            return context.replacement(of: verb, with: verb.isAllCaps ? participle.uppercased() : participle)
        }
    }

    /// The participle the base form `verb` should take, nil when it is not surely a verb.
    /// Never "seem": "when I had seem it" is a slip for "seen", and "had seemed it" is no English.
    private func participle(of verb: Token, in context: AnalysisContext) -> String? {
        let lexicon = context.lexicon
        let readings = lexicon.verbReadings(of: verb)
        guard readings.contains(where: { $0.kind == .base }),
            !readings.contains(where: { $0.kind != .base && $0.kind != .thirdPerson }),
            !["be", "have", "do", "better", "please", "seem"].contains(verb.lower), !lexicon.isAdjective(verb),
            let forms = lexicon.verb(verb.lower), forms.frequency >= 5,
            !forms.pastParticiple.isEmpty, forms.pastParticiple != "-", forms.pastParticiple != verb.lower
        else { return nil }
        // "I have work to do", "we had help from", "have a laugh": a word that is also a noun
        // is a verb only before its object, and tagged a verb unless it is mostly one ("finish").
        let nounUse = lexicon.nounUse(of: verb.lower)
        if nounUse > 0 {
            let mostlyVerb = context.tag(at: verb.index).hasPrefix("VB") || nounUse * 4 < forms.frequency
            guard mostlyVerb, takesObject(verb, in: context) else { return nil }
        }
        // "the money I have bring.": with nothing after it, a missing "to" is as likely.
        // "I've know idea": a bare noun after the word is another slip ("no idea").
        guard let next = context.token(at: verb.index + 1), next.isWord,
            !["NN", "NNS"].contains(context.tag(at: next.index))
        else { return nil }
        // British "have got", as the learners' exams and the other rules write it.
        return verb.lower == "get" ? "got" : forms.pastParticiple
    }

    /// "have finish my homework": a determiner or an object pronoun after the word makes it a
    /// verb, which a noun after "have" ("I have work", "we had time") does not have.
    private func takesObject(_ verb: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: verb.index + 1), next.isWord else { return false }
        return FunctionWords.possessives.contains(next) || FunctionWords.determiners.contains(next)
            || ["it", "them", "him", "me", "us"].contains(next) || context.tag(at: next.index) == "NNP"
    }

    private func nextWord(after have: Token, in context: AnalysisContext) -> Token? {
        var index = have.index + 1
        while let token = context.token(at: index), token.isWord, Self.skipped.contains(token) {
            index += 1
        }
        guard let token = context.token(at: index), token.isWord else { return nil }
        return token
    }
}
