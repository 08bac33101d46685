// Verb rules: agreement, tense with a past time marker, and the form after a modal or "to".

import TutorCore

/// Words before a subject that make the next verb a bare infinitive, not a finite verb:
/// "does he go", "can she swim", "let it go", "made him cry".
private func governsBareInfinitive(_ token: Token?, lists: WordLists, lexicon: Lexicon) -> Bool {
    guard let token else { return false }
    let word = token.lower
    if FunctionWords.doForms.contains(word) || FunctionWords.modals.contains(word) || word == "n't" || word.hasSuffix("n't") { return true }
    if word == "to" { return true }
    let bases = lexicon.verbReadings(of: word).map(\.base) + [word]
    return bases.contains { lists["bare-infinitive-verbs"].contains($0) }
}

/// "she go" → "she goes", "my mother work" → "my mother works", "he don't" → "he doesn't",
/// "your company sell" → "sells".
struct ThirdPersonAgreementMatcher: Matcher {
    let lists: WordLists
    private let personNouns: WordSet
    private let subjunctiveTriggers: WordSet
    private let collectiveNouns: WordSet
    /// The pronouns that can be a third-person subject on their own; all but "he" and "she"
    /// only where a clause starts ("Everybody make mistakes"; "does anyone know" is a question).
    private static let pronouns: WordSet = [
        "he", "she", "it", "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody", "everything", "something", "nothing",
    ]
    /// Words after a verb that show it is the second part of a noun ("the bus stop is", "the
    /// school play will"), not the subject's verb.
    private static let finiteAfterCompound: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "'s", "'re", "isn't", "aren't", "wasn't", "weren't",
        "hasn't", "haven't", "doesn't", "don't", "didn't",
    ]

    /// Words that start a question; a subject right after one lacks "does" rather than -s.
    private static let questionWords: WordSet = ["what", "how", "where", "when", "why", "which", "who"]

    /// What kind of third-person subject a word is.
    private enum Subject {
        /// "he", "everyone", "my mother": the verb after it is its verb whenever it can be one.
        case person
        /// "your company", "the bus": a singular thing, after which a verb is read as its verb
        /// only when the word cannot be a noun of a compound ("the bus stop") either.
        case thing
    }

    init(lists: WordLists) {
        self.lists = lists
        personNouns = lists["person-nouns"]
        subjunctiveTriggers = lists["subjunctive-triggers"]
        collectiveNouns = lists["collective-nouns"]
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for subject in context.tokens where subject.isWord {
            guard let kind = subjectKind(subject, in: context),
                !governsBareInfinitive(context.token(at: subject.index - 1), lists: lists, lexicon: context.lexicon)
            else { continue }
            let sentence = context.sentence(containing: subject.index)
            if PastTimeMatcher.hasPastMarker(sentence, lists: lists) { continue }
            if sentence.contains(where: { subjunctiveTriggers.contains($0.lower) }) { continue }
            // "What time the bus come?", "How it affect us?" want "does", not "comes": a thing's
            // questions are left alone, and so is a question's subject after a question word.
            if sentence.contains(where: { $0.text == "?" }),
                kind == .thing || Self.questionWords.contains(context.token(at: subject.index - 1)?.lower ?? "")
            { continue }
            guard let verb = context.verbSlot(after: subject.index), verb.isWord, !verb.isCapitalized else { continue }
            if kind == .thing, !isClearlyVerb(verb, in: context) { continue }
            if let match = agreement(for: verb, in: context) { matches.append(match) }
        }
        return matches
    }

    private func subjectKind(_ token: Token, in context: AnalysisContext) -> Subject? {
        // One lookup settles most words: a subject is one of these pronouns or a person noun.
        if Self.pronouns.contains(token.lower) {
            return token.lower == "he" || token.lower == "she" || context.startsClause(token.index) ? .person : nil
        }
        // "My mother work", "The teacher give", "Your company sell": a possessive (or "the",
        // "this", "that") and a singular noun at the start of a clause.
        guard let possessive = context.token(at: token.index - 1),
            FunctionWords.possessives.contains(possessive.lower) || ["the", "this", "that"].contains(possessive.lower),
            context.startsClause(possessive.index),
            // "He and his wife are": part of a compound subject.
            !["and", "or", "nor", "&"].contains(context.token(at: possessive.index - 1)?.lower ?? "")
        else { return nil }
        if personNouns.contains(token.lower) {
            guard let entry = context.lexicon.noun(singular: token.lower), entry.plural != token.lower else { return nil }
            return .person
        }
        // A thing: a noun people count, mostly a noun, no modal ("this will give"), not one
        // of those British English agrees in the plural ("my family live", "the theatre have").
        guard !token.isCapitalized, !FunctionWords.modals.contains(token.lower), !lists["function-words"].contains(token.lower),
            // "The sheep eat": WordNet's "sheeps" is a plural nobody writes.
            let entry = context.lexicon.countableSingular(token.lower), context.lexicon.usage(of: entry.plural) > 0,
            !collectiveNouns.contains(token.lower), !context.lexicon.isAdjective(token.lower)
        else { return nil }
        return .thing
    }

    /// Whether the word after a thing is surely its verb: a verb that is seldom a noun or an
    /// adjective ("the shop close to my house"), followed by no verb of its own ("the bus stop
    /// is") and no subject ("after the lunch break we").
    private func isClearlyVerb(_ verb: Token, in context: AnalysisContext) -> Bool {
        if ["have", "don't", "do"].contains(verb.lower) { return true }
        guard let forms = context.lexicon.verb(verb.lower), !context.lexicon.isAdjective(verb.lower) else { return false }
        if let noun = context.lexicon.noun(singular: verb.lower), noun.frequency * 10 > forms.frequency { return false }
        guard let next = context.token(at: verb.index + 1) else { return true }
        if Self.finiteAfterCompound.contains(next.lower) || FunctionWords.modals.contains(next.lower)
            || FunctionWords.subjectPronouns.contains(next.lower) || next.text == "'" || next.text == "-"
        { return false }
        return true
    }

    private func agreement(for verb: Token, in context: AnalysisContext) -> Match? {
        let next = context.token(at: verb.index + 1)
        switch verb.lower {
        case "do" where next?.lower == "n't" || next?.lower == "not":
            return context.replacement(of: verb, with: "does")
        case "don't":
            return context.replacement(of: verb, with: "doesn't")
        case "have":
            return context.replacement(of: verb, with: "has")
        case "are", "am":
            return context.replacement(of: verb, with: "is")
        default:
            // Modals and "be" have no -s form to suggest ("she can", "if she be").
            if FunctionWords.modals.contains(verb.lower) || FunctionWords.beForms.contains(verb.lower) { return nil }
            guard let forms = context.lexicon.verb(verb.lower), forms.thirdPerson != verb.lower, forms.frequency >= 5 else { return nil }
            // A word used mostly as a noun ("it rain", "she dream") is left alone.
            if let noun = context.lexicon.noun(singular: verb.lower), noun.frequency > forms.frequency * 2 { return nil }
            if context.lexicon.base(ofForm: verb.lower, kind: .past) != nil { return nil }
            return context.replacement(of: verb, with: forms.thirdPerson)
        }
    }
}

/// "Yesterday I go to the park" → "went": a present verb in a clause with a past time marker.
struct PastTimeMatcher: Matcher {
    let lists: WordLists

    /// The words a past time marker needs ("yesterday", "last week", "two days ago").
    var triggerWords: Set<String>? { ["yesterday", "last", "ago"] }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        var handled = Set<Int>()
        for token in context.tokens where token.startsSentence {
            let sentence = context.sentence(containing: token.index)
            guard let marker = Self.pastMarkerIndex(in: sentence, lists: lists) else { continue }
            if sentence.contains(where: { lists["non-past-signals"].contains($0.lower) }) { continue }
            for subject in sentence where subject.isWord && FunctionWords.subjectPronouns.contains(subject.lower) && !handled.contains(subject.index) {
                guard subject.lower != "it" || context.startsClause(subject.index),
                    !governsBareInfinitive(context.token(at: subject.index - 1), lists: lists, lexicon: context.lexicon),
                    let verb = context.verbSlot(after: subject.index), verb.isWord,
                    sameClause(verb.index, marker, in: context),
                    // "You remember I helped ... last year": the marker belongs to a verb
                    // already in the past.
                    !hasPastVerb(between: verb.index, and: marker, in: context)
                else { continue }
                // "We have seen it last Saturday" → "saw": the perfect does not go with a past time.
                if ["have", "has", "'ve"].contains(verb.lower), let participle = context.token(at: verb.index + 1),
                    context.lexicon.base(ofForm: participle.lower, kind: .pastParticiple) != nil {
                    // "I have been to Busan last year": "went", not a form of "be"; left alone.
                    guard participle.lower != "been", let base = context.lexicon.base(ofForm: participle.lower, kind: .pastParticiple),
                    let forms = context.lexicon.verb(base) else { continue }
                    handled.insert(subject.index)
                    matches.append(Match(span: context.span(from: verb, to: participle), suggestions: [forms.past]))
                    continue
                }
                if let past = pastForm(of: verb, subject: subject, in: context) {
                    handled.insert(subject.index)
                    matches.append(context.replacement(of: verb, with: past))
                }
            }
        }
        return matches
    }

    /// Whether the sentence has a past time marker ("yesterday", "last week", "two days ago").
    static func hasPastMarker(_ sentence: ArraySlice<Token>, lists: WordLists) -> Bool {
        pastMarkerIndex(in: sentence, lists: lists) != nil
    }

    static func pastMarkerIndex(in sentence: ArraySlice<Token>, lists: WordLists) -> Int? {
        let words = Array(sentence)
        for (offset, token) in words.enumerated() {
            if token.lower == "yesterday" { return token.index }
            if token.lower == "last", offset + 1 < words.count, lists["time-units"].contains(words[offset + 1].lower) { return token.index }
            if token.lower == "ago", offset >= 2, lists["time-units"].contains(words[offset - 1].lower) || lists["time-units"].contains(words[offset - 1].lower + "s") {
                return token.index
            }
        }
        return nil
    }

    private func hasPastVerb(between verbIndex: Int, and markerIndex: Int, in context: AnalysisContext) -> Bool {
        // The word after the verb may be its own participle ("has bought").
        guard verbIndex + 2 < markerIndex else { return false }
        return ((verbIndex + 2)..<markerIndex).contains { index in
            guard let token = context.token(at: index), token.isWord else { return false }
            let readings = context.lexicon.verbReadings(of: token.lower)
            return readings.contains { $0.kind == .past } && !readings.contains { $0.kind == .base }
                && !FunctionWords.beForms.contains(token.lower)
        }
    }

    /// The marker and the verb must be in one clause: nothing between them starts another.
    private func sameClause(_ verbIndex: Int, _ markerIndex: Int, in context: AnalysisContext) -> Bool {
        // "I called you yesterday": the word after "you" is the marker itself, not a verb.
        guard verbIndex != markerIndex else { return false }
        let range = verbIndex < markerIndex ? (verbIndex + 1)..<markerIndex : (markerIndex + 1)..<verbIndex
        return !range.contains { index in
            guard let token = context.token(at: index) else { return false }
            if token.text == "," { return index != markerIndex + 1 }  // "Yesterday, I go" is one clause
            return token.endsClause || FunctionWords.clauseStarters.contains(token.lower) || token.lower == "ago" && index != markerIndex
        }
    }

    private func pastForm(of verb: Token, subject: Token, in context: AnalysisContext) -> String? {
        let next = context.token(at: verb.index + 1)
        switch verb.lower {
        case "am", "is": return "was"
        case "are": return "were"
        case "do" where next?.lower == "n't": return "did"
        case "don't", "doesn't": return "didn't"
        case "does" where next?.lower == "n't": return "did"
        default: break
        }
        let readings = context.lexicon.verbReadings(of: verb.lower)
        guard let reading = readings.first(where: { $0.kind == .base || $0.kind == .thirdPerson }),
            !readings.contains(where: { $0.kind == .past || $0.kind == .pastParticiple }),
            let forms = context.lexicon.verb(reading.base), forms.frequency >= 5
        else { return nil }
        if reading.kind == .thirdPerson, !FunctionWords.thirdPersonSubjects.contains(subject.lower) { return nil }
        if let noun = context.lexicon.noun(singular: verb.lower), noun.frequency > forms.frequency * 2 { return nil }
        return forms.past
    }
}

/// "can speaks" → "can speak", "will going" → "will go", "should to study" → "should study".
struct ModalVerbFormMatcher: Matcher {
    var triggerWords: Set<String>? { Set(FunctionWords.modals) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for modal in context.tokens where modal.isWord && FunctionWords.modals.contains(modal.lower) {
            if let previous = context.token(at: modal.index - 1), FunctionWords.determiners.contains(previous.lower) || previous.lower == "'s" { continue }
            var verbIndex = modal.index + 1
            if context.token(at: verbIndex)?.lower == "n't" || context.token(at: verbIndex)?.lower == "not" { verbIndex += 1 }
            guard var verb = context.token(at: verbIndex), verb.isWord else { continue }
            if FunctionWords.frequencyAdverbs.contains(verb.lower), let next = context.token(at: verbIndex + 1), next.isWord { verb = next }
            if verb.lower == "to", let after = context.token(at: verb.index + 1), after.isWord, context.lexicon.isVerbBase(after.lower), !["ought"].contains(modal.lower) {
                // "everything I can to help": "to" begins a purpose after a clause with no verb.
                if context.endsElliptically(modal) { continue }
                if let deletion = context.deletion(of: verb) { matches.append(deletion) }
                continue
            }
            if let base = baseForm(of: verb, in: context) {
                matches.append(context.replacement(of: verb, with: base))
            }
        }
        return matches
    }

    private func baseForm(of verb: Token, in context: AnalysisContext) -> String? {
        let readings = context.lexicon.verbReadings(of: verb.lower)
        guard !readings.isEmpty, !readings.contains(where: { $0.kind == .base }) else { return nil }
        // A participle after a modal usually lacks "have" or "be", not a different form.
        if readings.contains(where: { $0.kind == .pastParticiple }) && !readings.contains(where: { $0.kind == .past }) { return nil }
        guard let reading = readings.first(where: { $0.kind == .thirdPerson || $0.kind == .past || $0.kind == .presentParticiple }),
            reading.base != "be", let forms = context.lexicon.verb(reading.base), forms.frequency >= 5
        else { return nil }
        if context.lexicon.nounUse(of: verb.lower) > forms.frequency * 2 { return nil }
        return forms.base
    }
}

/// "I want to went" → "to go": after a verb that takes "to" and a verb, the verb is bare.
struct InfinitiveFormMatcher: Matcher {
    let lists: WordLists

    /// Governors after which "to" may be a preposition taking an -ing form.
    static let takesToAndIng: WordSet = ["used", "agree", "object", "admit", "look", "get", "like", "love", "hate", "prefer", "start", "begin", "appear"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for to in context.tokens where to.lower == "to" {
            guard let governor = context.token(at: to.index - 1), governor.isWord,
                let verb = context.token(at: to.index + 1), verb.isWord
            else { continue }
            let governorBases = Set(context.lexicon.verbReadings(of: governor.lower).map(\.base) + [governor.lower])
            guard !governorBases.isDisjoint(with: lists["infinitive-verbs"]) else { continue }
            let readings = context.lexicon.verbReadings(of: verb.lower)
            // "want to staying" → "stay"; but "used to staying", "agree to paying" are right.
            let ingIsWrong = governorBases.isDisjoint(with: Self.takesToAndIng)
            guard !readings.isEmpty, !readings.contains(where: { $0.kind == .base || ($0.kind == .presentParticiple && !ingIsWrong) }),
                let reading = readings.first(where: { $0.kind == .past || $0.kind == .thirdPerson || ($0.kind == .presentParticiple && ingIsWrong) }),
                reading.base != "be", let forms = context.lexicon.verb(reading.base), forms.frequency >= 5,
                context.lexicon.nounUse(of: verb.lower) <= forms.frequency * 2
            else { continue }
            matches.append(context.replacement(of: verb, with: forms.base))
        }
        return matches
    }
}

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
            if Self.negated.contains(auxiliary.lower) {
                verbIndex = auxiliary.index + 1
            } else if Self.forms.contains(auxiliary.lower), let next = context.token(at: auxiliary.index + 1), next.lower == "n't" || next.lower == "not" {
                verbIndex = auxiliary.index + 2
            } else if Self.forms.contains(auxiliary.lower), auxiliary.startsSentence, let subject = context.token(at: auxiliary.index + 1),
                FunctionWords.subjectPronouns.contains(subject.lower) {
                // "Did you saw it?": a question, the subject between.
                verbIndex = auxiliary.index + 2
            } else {
                return nil
            }
            if let adverb = context.token(at: verbIndex), ["really", "always", "even", "ever", "just", "also"].contains(adverb.lower) { verbIndex += 1 }
            guard let verb = context.token(at: verbIndex), verb.isWord, !verb.isCapitalized else { return nil }
            let readings = context.lexicon.verbReadings(of: verb.lower)
            // Only a form that cannot be the base ("put", "cut" can) nor a noun ("needs", "plans").
            guard !readings.isEmpty, !readings.contains(where: { $0.kind == .base }),
                let reading = readings.first(where: { $0.kind == .past || $0.kind == .thirdPerson }),
                readings.allSatisfy({ $0.base == reading.base }),
                reading.kind == .past || context.lexicon.noun(plural: verb.lower) == nil
            else { return nil }
            return context.replacement(of: verb, with: reading.base)
        }
    }
}
