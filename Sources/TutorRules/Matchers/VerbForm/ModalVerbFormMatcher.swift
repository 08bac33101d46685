// "can speaks" → "can speak" (verb-form.after-modal).

import TutorCore

/// "can speaks" → "can speak", "will going" → "will go", "should to study" → "should study".
struct ModalVerbFormMatcher: Matcher {
    var triggerWords: Set<String>? { Set(FunctionWords.modals) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for modal in context.tokens where modal.isWord && FunctionWords.modals.contains(modal) {
            if let previous = context.token(at: modal.index - 1),
                FunctionWords.determiners.contains(previous) || previous.lower == "'s"
            {
                continue
            }
            var verbIndex = modal.index + 1
            if context.token(at: verbIndex)?.lower == "n't" || context.token(at: verbIndex)?.lower == "not" {
                verbIndex += 1
            }
            guard var verb = context.token(at: verbIndex), verb.isWord else { continue }
            if FunctionWords.frequencyAdverbs.contains(verb), let next = context.token(at: verbIndex + 1),
                next.isWord
            {
                verb = next
            }
            if verb.lower == "to", let after = context.token(at: verb.index + 1), after.isWord,
                context.lexicon.isVerbBase(after), !["ought"].contains(modal)
            {
                // "everything I can to help": "to" begins a purpose after a clause with no verb.
                if context.endsElliptically(modal) { continue }
                let subject = context.token(at: modal.index - 1)?.lower ?? ""
                if verb.index == modal.index + 1, Self.wouldForms.contains(modal), !Self.noWishers.contains(subject) {
                    // "You would to be careful" means "should" or "have to" more often than a
                    // wish, and "would be careful" says neither: stay silent.
                    if subject == "you" { continue }
                    matches.append(wouldLike(modal, to: verb, in: context))
                } else if let deletion = context.deletion(of: verb) {
                    matches.append(deletion)
                }
                continue
            }
            // "How can shopping be fun?": in a question the modal comes before its subject, and an
            // "-ing" word before a verb is that subject.
            if verb.lower.hasSuffix("ing"), opensQuestion(modal, in: context),
                let next = context.token(at: verb.index + 1), next.isWord, context.lexicon.isVerbBase(next)
            {
                continue
            }
            if let passive = passive(verb, in: context) {
                matches.append(passive)
                continue
            }
            // "I could used to swim": a past habit ("I used to swim") or "could swim"; "could use to
            // swim" is neither.
            if verb.lower == "used", context.token(at: verb.index + 1)?.lower == "to" { continue }
            if let base = baseForm(of: verb, in: context) {
                // "will going": "will be going" (an action in progress) is right too.
                let inProgress = verb.lower.hasSuffix("ing") && !verb.isAllCaps ? ["be " + verb.lower] : []
                matches.append(context.replacement(of: verb, withAnyOf: [base] + inProgress))
            }
        }
        return matches
    }

    /// Prepositions after "used" that show the passive: "can be used for cooking", "will be used to
    /// the noise"; "to" before a verb is "used to" of a past habit, not read here.
    private static let usedPassivePrepositions: WordSet = ["for", "as", "by", "in", "to"]

    /// "It can used for cooking" → "can be used": "used" after a modal with a preposition of use
    /// after it is a passive missing "be"; its base ("can use for cooking") would teach wrong
    /// English. Other participles are left to the base form or to silence: "by" or "for" after
    /// one may be a place or a means ("could stayed by the sea", "will traveled by bus").
    private func passive(_ verb: Token, in context: AnalysisContext) -> Match? {
        guard verb.lower == "used", !verb.isAllCaps, let next = context.token(at: verb.index + 1),
            Self.usedPassivePrepositions.contains(next),
            next.lower != "to" || !(context.token(at: next.index + 1).map { context.lexicon.isVerbBase($0) } ?? false)
        else { return nil }
        var match = context.replacement(of: verb, with: "be used")
        match.message = LocalizedText(
            en:
                "After a modal, 'used' here needs 'be' before it: '{correction}' ('can be used for', 'will be used to').",
            ko: "조동사 뒤에서 이런 'used'는 앞에 'be'가 필요해요: '{correction}'('can be used for', 'will be used to').")
        return match
    }

    private static let wouldForms: WordSet = ["would"]
    /// Subjects that wish for nothing: "It would to be great" is "It would be great".
    private static let noWishers: WordSet = ["it", "this", "that", "there", "which", "what"]

    /// "I would to thank you" → "would like to": a learner who writes "would to" means the
    /// polite wish, which "would thank you" does not say.
    private func wouldLike(_ modal: Token, to particle: Token, in context: AnalysisContext) -> Match {
        let words = modal.text + " " + (particle.isAllCaps && modal.isAllCaps ? "LIKE " : "like ") + particle.text
        var match = Match(span: context.span(from: modal, to: particle), suggestions: [words])
        match.message = LocalizedText(
            en: "'Would' takes a verb after it; for a wish, say 'would like to': '{correction}'.",
            ko: "'would' 뒤에는 동사가 와요. 바라는 것을 말할 때는 'would like to'라고 해요: '{correction}'.")
        return match
    }

    /// Whether the modal opens a question: first in its sentence or clause, or after a
    /// question word ("Why can ...", "How can ...").
    private func opensQuestion(_ modal: Token, in context: AnalysisContext) -> Bool {
        guard let previous = context.token(at: modal.index - 1), previous.isWord else { return true }
        return Self.questionWords.contains(previous)
    }

    private static let questionWords: WordSet = ["why", "how", "when", "where", "what", "who", "which"]

    /// Verbs done to somebody for a reason, which take their object before "for": "They will punish
    /// him for it"; "will punished for it" lacks "be", not a base form.
    private static let doneToSomebodyFor: WordSet = [
        "punish", "blame", "praise", "reward", "criticize", "criticise", "fine", "arrest", "remember",
        "know", "choose", "select", "thank", "admire", "respect", "forgive",
    ]

    /// Whether the participle has no object where its verb needs one: "by" of an agent after it
    /// ("will punished by the court"), or "for" after a verb done to somebody for a reason.
    private func lacksObject(after verb: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: verb.index + 1), next.isWord else { return false }
        if next.lower == "by" { return true }
        guard next.lower == "for" else { return false }
        return context.lexicon.verbReadings(of: verb).contains { Self.doneToSomebodyFor.contains($0.base) }
    }

    private func baseForm(of verb: Token, in context: AnalysisContext) -> String? {
        let readings = context.lexicon.verbReadings(of: verb)
        guard !readings.isEmpty, !readings.contains(where: { $0.kind == .base }) else { return nil }
        // A participle after a modal usually lacks "have" or "be", not a different form.
        if readings.contains(where: { $0.kind == .pastParticiple }) && !readings.contains(where: { $0.kind == .past }) {
            return nil
        }
        // "will punished by the court", "will punished for lying": a participle of a verb that needs
        // an object, with none after it, is a passive missing "be" ("will be punished"), and the base
        // ("will punish for lying") would teach wrong English; stay silent.
        if readings.contains(where: { $0.kind == .pastParticiple }), lacksObject(after: verb, in: context) {
            return nil
        }
        guard
            let reading = readings.first(where: {
                $0.kind == .thirdPerson || $0.kind == .past || $0.kind == .presentParticiple
            }),
            reading.base != "be", let forms = context.lexicon.verb(reading.base), forms.frequency >= 5
        else { return nil }
        if context.lexicon.nounUse(of: verb.lower) > forms.frequency * 2 { return nil }
        return forms.base
    }
}
