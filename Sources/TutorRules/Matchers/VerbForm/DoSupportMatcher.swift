// "I didn't went" → "go" (verb-form.after-do).

import TutorCore

/// "I didn't went" → "go", "He doesn't likes" → "like", "Did you saw" → "see": after
/// "do" the verb is bare; the tense and the -s are on "do".
struct DoSupportMatcher: Matcher {
    private static let negated: WordSet = ["didn't", "doesn't", "don't"]
    private static let forms: WordSet = ["did", "does", "do"]

    var triggerWords: Set<String>? { Set(Self.negated).union(Self.forms) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { auxiliary -> Match? in
            guard auxiliary.isWord else { return nil }
            var verbIndex: Int
            if Self.negated.contains(auxiliary) {
                verbIndex = auxiliary.index + 1
            } else if Self.forms.contains(auxiliary), let next = context.token(at: auxiliary.index + 1),
                next.lower == "n't" || next.lower == "not"
            {
                verbIndex = auxiliary.index + 2
            } else if Self.forms.contains(auxiliary), auxiliary.startsSentence,
                let subject = context.token(at: auxiliary.index + 1),
                FunctionWords.subjectPronouns.contains(subject)
            {
                // "Did you saw it?": a question, the subject between.
                verbIndex = auxiliary.index + 2
            } else {
                return nil
            }
            if let adverb = context.token(at: verbIndex),
                ["really", "always", "even", "ever", "just", "also"].contains(adverb)
            {
                verbIndex += 1
            }
            guard let verb = context.token(at: verbIndex), verb.isWord, !verb.isCapitalized else { return nil }
            let readings = context.lexicon.verbReadings(of: verb)
            // Only a form that cannot be the base ("put", "cut" can) nor a noun ("needs", "plans").
            if !readings.isEmpty, !readings.contains(where: { $0.kind == .base }),
                let reading = readings.first(where: { $0.kind == .past || $0.kind == .thirdPerson }),
                readings.allSatisfy({ $0.base == reading.base }),
                reading.kind == .past || context.lexicon.noun(plural: verb) == nil
            {
                return context.replacement(of: verb, with: reading.base)
            }
            return rarerVerbsPast(verb, readings: readings, in: context)
        }
    }

    /// "Did you saw it?", "I didn't felt well": a past that is also the base of a far rarer
    /// verb ("to saw", "to felt"), which the tagger reads as a past here; "Did the film bore
    /// you?" is the base of "bore", tagged VB, and is left alone.
    private func rarerVerbsPast(
        _ verb: Token, readings: [(base: String, kind: VerbFormKind)], in context: AnalysisContext
    ) -> Match? {
        guard let past = readings.first(where: { $0.kind == .past }),
            let pastVerb = context.lexicon.verb(past.base),
            readings.allSatisfy({ reading in
                reading.base == past.base || reading.kind == .pastParticiple
                    || (reading.kind == .base
                        && (context.lexicon.verb(reading.base)?.frequency ?? 0) * 20 < pastVerb.frequency)
            }), context.tag(at: verb.index) == "VBD"
        else { return nil }
        return context.replacement(of: verb, with: past.base)
    }
}
