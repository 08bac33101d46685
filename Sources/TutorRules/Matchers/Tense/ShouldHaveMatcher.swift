// "The show should started at 7, but it started at 8" → "should have started" (tense.should-have).

import TutorCore

/// "should" with a past form, in a sentence told in the past: "The bus should left at nine,
/// but it left at ten" → "should have left". What was expected and did not happen is "should
/// have" and the past participle; a learner who puts the past on the verb after "should" means
/// it, and the past verbs around it say so. Elsewhere ("You should went home") the plain form
/// may be meant, which `verb-form.after-modal` teaches. Only "should" (not "would" or "could",
/// whose past form after them is mostly a plain form written past: "I couldn't believed"), a
/// verb whose form cannot be its base ("put" stays), not "had" ("they should had more time",
/// a verb of its own), and only with another past verb in the sentence and no past verb of
/// saying or thinking before "should", which may report advice ("He said we should left").
struct ShouldHaveMatcher: Matcher {
    var triggerWords: Set<String>? { ["should", "shouldn't"] }

    /// Past verbs of saying, thinking or advising, after which "should" may report advice given
    /// then ("She told us we should went home" means "should go").
    private static let reportingVerbs: WordSet = [
        "said", "told", "thought", "suggested", "advised", "asked", "decided", "agreed", "believed", "felt",
        "knew", "explained", "wrote", "insisted", "recommended", "warned", "realised", "realized", "guessed",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for modal in context.tokens where ["should", "shouldn't"].contains(modal.lower) {
            var index = modal.index + 1
            if let not = context.token(at: index), ["n't", "not", "never"].contains(not.lower) { index += 1 }
            guard let verb = context.token(at: index), verb.isWord, verb.lower != "had",
                let participle = pastParticiple(of: verb, in: context)
            else { continue }
            let sentence = context.sentence(containing: verb.index)
            guard context.hasPastVerb(near: verb.index, within: sentence.count, in: sentence),
                !sentence.contains(where: { $0.index < modal.index && Self.reportingVerbs.contains($0) })
            else { continue }
            let words = "have " + participle
            matches.append(context.replacement(of: verb, with: verb.isAllCaps ? words.uppercased() : words))
        }
        return matches
    }

    /// The past participle of a past form or participle that cannot be read as a base: "began"
    /// → "begun", "started" → "started"; nil for "put", "be" forms or a word that is no verb.
    private func pastParticiple(of verb: Token, in context: AnalysisContext) -> String? {
        let readings = context.lexicon.verbReadings(of: verb)
        guard !readings.isEmpty, !readings.contains(where: { $0.kind == .base }),
            let reading = readings.first(where: { $0.kind == .past || $0.kind == .pastParticiple }),
            reading.base != "be", let forms = context.lexicon.verb(reading.base), forms.frequency >= 5
        else { return nil }
        return forms.pastParticiple
    }
}
