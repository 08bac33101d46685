// "Where you are going?" → "Where are you going?" (word-order.question).

import TutorCore

/// "Where you are going?" → "Where are you going?": a question word, then a subject
/// pronoun, then an auxiliary, in a sentence that ends with "?". With no auxiliary, a verb
/// right after the pronoun takes do-support: "What you do on weekends?" → "What do you do",
/// "What it means?" → "What does it mean", "Where you went?" → "Where did you go".
struct QuestionWordOrderMatcher: Matcher {
    let lists: WordLists

    /// "who" asks for the object here, the subject pronoun after it being the subject: "Who you
    /// want to invite?" → "Who do you want to invite?".
    static let questionWords: WordSet = ["where", "what", "why", "when", "how", "which", "who"]
    /// Words after "how" or "what" that belong to the question word ("how many", "what time").
    static let questionWordParts: WordSet = ["time", "much", "many", "long", "often", "kind", "far"]
    static let auxiliaries: WordSet = [
        "are", "is", "am", "was", "were", "can", "will", "would", "could", "should", "do", "does", "did", "have", "has",
    ]

    /// An auxiliary, also contracted with "not" ("don't", "can't", "won't").
    static func isAuxiliary(_ word: String) -> Bool {
        if auxiliaries.contains(word) { return true }
        guard word.hasSuffix("n't") else { return false }
        let stem = String(word.dropLast(3))
        return auxiliaries.contains(stem) || ["ca", "wo"].contains(stem)
    }

    /// Whether the word after an auxiliary shows it is a helping verb: a bare verb after do
    /// and modals, an -ing form or the question's end after be, a participle after have.
    static func completes(_ auxiliary: String, with next: Token, in context: AnalysisContext) -> Bool {
        let stem = auxiliary.hasSuffix("n't") ? String(auxiliary.dropLast(3)) : auxiliary
        let readings = context.lexicon.verbReadings(of: next).map(\.kind)
        switch stem {
        case "are", "is", "am", "was", "were":
            return next.text == "?" || readings.contains(.presentParticiple) || readings.contains(.pastParticiple)
        case "have", "has":
            return readings.contains(.pastParticiple)
        default:
            return next.isWord && readings.contains(.base)
        }
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for question in context.tokens where question.startsSentence && Self.questionWords.contains(question) {
            let sentence = context.sentence(containing: question.index)
            guard sentence.last?.text == "?" else { continue }
            guard let subjectIndex = subjectIndex(after: question, in: context),
                let subject = context.token(at: subjectIndex), FunctionWords.subjectPronouns.contains(subject),
                let auxiliary = context.token(at: subjectIndex + 1)
            else { continue }
            if !Self.isAuxiliary(auxiliary.lower) {
                if let match = doSupport(subject: subject, verb: auxiliary, in: context) { matches.append(match) }
                continue
            }
            var last = auxiliary
            var moved = auxiliary.text
            if let negation = context.token(at: auxiliary.index + 1), negation.lower == "n't" {
                last = negation
                moved += negation.text
            }
            // Only a helping verb moves: "Where you are going?" but not "What you did there?",
            // whose "did" is the main verb and takes do-support instead.
            guard let after = context.token(at: last.index + 1) else { continue }
            // "What you do last weekend?": "last" starts a time, it is no verb after "do".
            let startsPastTime =
                PastTimeMatcher.pastMarkerIndex(in: context.sentence(containing: after.index), lists: lists)
                == after.index
            guard !startsPastTime, Self.completes(auxiliary.lower, with: after, in: context) else {
                if ["did", "does", "do", "has", "have"].contains(auxiliary),
                    let match = doSupport(subject: subject, verb: auxiliary, in: context)
                {
                    matches.append(match)
                }
                continue
            }
            let subjectText = subject.lower == "i" ? "I" : subject.lower
            matches.append(Match(span: context.span(from: subject, to: last), suggestions: ["\(moved) \(subjectText)"]))
        }
        return matches
    }

    /// Quotation marks: a quoted question ends a sentence that may not be one ("When he asked
    /// her 'why ...?'").
    static let quotes: Set<String> = ["'", "\"", "“", "”", "‘", "’"]

    /// Where the subject should stand after the question word and the words that belong to it:
    /// "what time", "how many", and a noun the question asks about ("which book", "how many
    /// times", "what kind of music").
    private func subjectIndex(after question: Token, in context: AnalysisContext) -> Int? {
        var index = question.index + 1
        var asksAboutNoun = question.lower == "which" || question.lower == "what"
        if let next = context.token(at: index), Self.questionWordParts.contains(next) {
            if question.lower == "how" && !["much", "many"].contains(next) { return index + 1 }
            asksAboutNoun = ["much", "many", "kind"].contains(next)
            index += 1
            if next.lower == "kind" {
                guard context.token(at: index)?.lower == "of" else { return index }
                index += 1
            }
        }
        guard asksAboutNoun, let noun = context.token(at: index), noun.isWord,
            !FunctionWords.subjectPronouns.contains(noun)
        else { return index }
        // "What can we ...?": "can", "will" and "do" are nouns too, but here the helping verb.
        if Self.isAuxiliary(noun.lower) || FunctionWords.modals.contains(noun)
            || FunctionWords.beForms.contains(noun) || FunctionWords.doForms.contains(noun)
        {
            return nil
        }
        // "Which book you recommend?", "How many times you have been ...?"
        guard !noun.isCapitalized,
            context.lexicon.noun(singular: noun) != nil
                || context.lexicon.noun(plural: noun) != nil || noun.lower == "one",
            context.lexicon.verbReadings(of: noun).allSatisfy({ $0.kind == .base || $0.kind == .thirdPerson })
        else { return nil }
        return index + 1
    }

    /// "What you do on weekends?" → "What do you do": a main verb right after the subject
    /// pronoun, with no helping verb, takes do/does/did before the subject. Only a verb that
    /// is certainly one: a base form after I/you/we/they, an -s form after he/she/it, a past
    /// form that is no base ("you went", not "you put"); the tagger must agree.
    private func doSupport(subject: Token, verb: Token, in context: AnalysisContext) -> Match? {
        guard verb.isWord, !verb.isCapitalized, !FunctionWords.modals.contains(verb),
            !FunctionWords.beForms.contains(verb), !verb.lower.hasSuffix("n't"),
            let after = context.token(at: verb.index + 1), after.lower != "n't", after.lower != "not"
        else { return nil }
        let readings = context.lexicon.verbReadings(of: verb)
        let kinds = Set(readings.map(\.kind))
        let thirdPerson = FunctionWords.thirdPersonSubjects.contains(subject)
        let helper: String
        let base: String
        if kinds.contains(.past), !kinds.contains(.base),
            let pastBase = context.lexicon.base(ofForm: verb, kind: .past)
        {
            helper = "did"
            base = pastBase
        } else if PastTimeMatcher.hasPastMarker(context.sentence(containing: verb.index), lists: lists),
            let pastBase = kinds.contains(.base)
                ? verb.lower : context.lexicon.base(ofForm: verb, kind: .thirdPerson)
        {
            // "What you do yesterday?" asks about the past: "did", never "do".
            helper = "did"
            base = pastBase
        } else if thirdPerson, kinds == [.thirdPerson],
            let presentBase = context.lexicon.base(ofForm: verb, kind: .thirdPerson)
        {
            helper = "does"
            base = presentBase
        } else if !thirdPerson, kinds.contains(.base), !kinds.contains(.past), !kinds.contains(.thirdPerson) {
            helper = "do"
            base = verb.lower
        } else {
            return nil
        }
        // "What you said is true?" asks whether it is true: a later verb may be the main one.
        let sentence = context.sentence(containing: verb.index)
        guard
            !sentence.contains(where: {
                $0.index > verb.index
                    && (FunctionWords.beForms.contains($0.lower) || FunctionWords.modals.contains($0.lower)
                        || FunctionWords.doForms.contains($0.lower))
                    || Self.quotes.contains($0.text)
            }),
            context.tag(at: verb.index).hasPrefix("VB")
        else { return nil }
        let subjectText = subject.lower == "i" ? "I" : subject.lower
        // The "do" blank (no learner's words to correct) also accepts "did" (a bare verb shows
        // no tense) and the helping verbs that keep the question's meaning for this verb (see
        // `otherHelpers`). Not for "does" or "did", whose blank shows the verb to correct ("you
        // did" → "did you do").
        let others = helper == "do" ? ["did"] + (Self.otherHelpers[base] ?? []) : []
        var match = Match(
            span: context.span(from: subject, to: verb),
            suggestions: ([helper] + others).map { "\($0) \(subjectText) \(base)" })
        match.message = Self.doSupportMessage(helper)
        return match
    }

    /// The helping verbs besides "do" that ask nearly the same question with this verb: "What
    /// would you recommend?" is "What do you recommend?" said politely; "What can you like?" is
    /// not English, and "What would you like?" asks what you want now, not what you enjoy.
    static let otherHelpers: [String: [String]] = [
        "recommend": ["would", "could", "can"], "suggest": ["would", "could", "can"],
        "advise": ["would", "could", "can"], "help": ["can", "could"], "prefer": ["would"],
        "choose": ["would"], "pick": ["would"],
    ]

    /// The finding's message when do-support is added.
    static func doSupportMessage(_ helper: String) -> LocalizedText {
        LocalizedText(
            en: "A question with no helping verb takes '\(helper)' before the subject, and the verb goes back to its "
                + "base form: '{correction}'.",
            ko: "조동사가 없는 의문문에서는 주어 앞에 '\(helper)'를 넣고 동사는 원형으로 써요: '{correction}'.")
    }
}
