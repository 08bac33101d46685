// "Yesterday I go to the park" → "went" (tense.past-time-marker).

import TutorCore

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
            // "until" leaves a time unclear to the rules that guess the past from other verbs, but
            // here a marker dates the clause: "Yesterday I study until 2 am" → "studied".
            if sentence.contains(where: { $0.lower != "until" && lists["non-past-signals"].contains($0.lower) }) {
                continue
            }
            for subject in sentence
            where subject.isWord && FunctionWords.subjectPronouns.contains(subject)
                && !handled.contains(subject.index)
            {
                guard subject.lower != "it" || context.startsClause(subject.index),
                    !governsBareInfinitive(
                        context.token(at: subject.index - 1), lists: lists, lexicon: context.lexicon),
                    let verb = context.verbSlot(after: subject.index), verb.isWord,
                    sameClause(verb.index, marker, in: context),
                    // "You remember I helped ... last year": the marker belongs to a verb
                    // already in the past.
                    !hasPastVerb(between: verb.index, and: marker, in: context),
                    !hasOtherVerb(between: verb.index, and: marker, in: context),
                    !isParenthetical(verb, before: marker, in: context),
                    // "I am writing about the show last week": the letter is written now.
                    !(FunctionWords.beForms.contains(verb) && context.tag(at: verb.index + 1) == "VBG"),
                    !FunctionWords.modals.contains(verb)
                else { continue }
                // "We have seen it last Saturday" → "saw": the perfect does not go with a past time.
                if ["have", "has", "'ve"].contains(verb), let participle = context.token(at: verb.index + 1),
                    context.lexicon.base(ofForm: participle, kind: .pastParticiple) != nil
                {
                    // "Last week I have been in London" → "was"; "I have been to Busan last
                    // year" → "went" (the finished trip); "have been waiting", "have been told":
                    // left alone.
                    if participle.lower == "been" {
                        if let be = pastOfBeen(participle, subject: subject, in: context) {
                            handled.insert(subject.index)
                            let written = verb.isAllCaps ? be.uppercased() : be
                            matches.append(
                                Match(span: context.span(from: verb, to: participle), suggestions: [written]))
                        }
                        continue
                    }
                    guard let base = context.lexicon.base(ofForm: participle, kind: .pastParticiple),
                        let forms = context.lexicon.verb(base)
                    else { continue }
                    handled.insert(subject.index)
                    matches.append(Match(span: context.span(from: verb, to: participle), suggestions: [forms.past]))
                    continue
                }
                // "we have recieved it yesterday", "the worst thing we have got last year": a
                // participle the lexicon does not list (misspelt, or "got"), where "had" would be wrong.
                if ["have", "has", "'ve"].contains(verb),
                    ["VBN", "VBD"].contains(context.tag(at: verb.index + 1))
                        || context.rareWords.contains(where: { $0.index == verb.index + 1 })
                {
                    continue
                }
                if let past = pastForm(of: verb, subject: subject, in: context) {
                    handled.insert(subject.index)
                    matches.append(context.replacement(of: verb, with: past))
                }
            }
            matches += nounSubjectMatches(in: sentence, marker: marker, context: context)
        }
        return matches
    }

    /// "My little brother have a cold last week" → "had", "Yesterday my friend buy a new phone"
    /// → "bought": a bare verb (or "don't") whose subject is a noun phrase opened by a
    /// possessive or "the", in the marker's clause. Only a verb's bare form: "my brother goes
    /// there yesterday" may be a habit told loosely, and a perfect ("my sister has seen") is
    /// left to the pronoun rules' reading.
    private func nounSubjectMatches(in sentence: ArraySlice<Token>, marker: Int, context: AnalysisContext)
        -> [Match]
    {
        var matches: [Match] = []
        for verb in sentence where verb.isWord && Self.bareVerbTags.contains(context.tag(at: verb.index)) {
            guard
                let phrase = context.subject(ofVerbAt: verb.index)
                    ?? subject(ofVerbAt: verb.index, afterOpening: marker, in: context),
                let head = context.token(at: phrase.head), ["NN", "NNS"].contains(context.tag(at: phrase.head)),
                !head.isCapitalized || head.startsSentence,
                let first = context.token(at: phrase.start),
                FunctionWords.possessives.contains(first) || first.lower == "the"
                    || context.tag(at: phrase.start + 1) == "POS",
                sameClause(verb.index, marker, in: context),
                !hasPastVerb(between: verb.index, and: marker, in: context),
                !hasOtherVerb(between: verb.index, and: marker, in: context),
                !isParenthetical(verb, before: marker, in: context),
                !FunctionWords.modals.contains(verb), !FunctionWords.beForms.contains(verb),
                !governsBareInfinitive(context.token(at: phrase.start - 1), lists: lists, lexicon: context.lexicon)
            else { continue }
            // "My parents have visited us last week": a perfect, read by the pronoun rule's terms only.
            if ["have", "has"].contains(verb), ["VBN", "VBD"].contains(context.tag(at: verb.index + 1)) { continue }
            let readings = context.lexicon.verbReadings(of: verb)
            guard verb.lower == "don't" || verb.lower == "dont" || readings.contains(where: { $0.kind == .base }),
                let past = pastForm(of: verb, subject: head, in: context)
            else { continue }
            matches.append(context.replacement(of: verb, with: past))
        }
        return matches
    }

    /// "Yesterday my friend buy", "Last month, my dog have": the noun phrase right before the
    /// verb when the marker opens the clause right before it (`subject(ofVerbAt:)` wants a
    /// phrase that starts its clause).
    private func subject(ofVerbAt verbIndex: Int, afterOpening marker: Int, in context: AnalysisContext)
        -> NounPhrase?
    {
        // "Two days ago" opens its clause with the number, "Yesterday" and "Last week" with the marker.
        guard let markerToken = context.token(at: marker), markerToken.lower == "ago" || context.startsClause(marker),
            let phrase = context.nounPhrase(headedBy: verbIndex - 1)
        else { return nil }
        var end = markerToken.lower == "last" ? marker + 1 : marker
        if context.token(at: end + 1)?.text == "," { end += 1 }
        return phrase.start == end + 1 ? phrase : nil
    }

    /// Tags of a bare present verb after a noun subject (learners' bare verbs are tagged VB
    /// as often as VBP).
    private static let bareVerbTags: Set<String> = ["VBP", "VB"]

    /// Whether the sentence has a past time marker ("yesterday", "last week", "two days ago").
    static func hasPastMarker(_ sentence: ArraySlice<Token>, lists: WordLists) -> Bool {
        pastMarkerIndex(in: sentence, lists: lists) != nil
    }

    /// The words that make a past time marker: "yesterday", "last week", "two days ago".
    private enum MarkerWord { case yesterday, last, ago }
    private static let markerWords: WordMap<MarkerWord> = ["yesterday": .yesterday, "last": .last, "ago": .ago]

    static func pastMarkerIndex(in sentence: ArraySlice<Token>, lists: WordLists) -> Int? {
        // By index into the slice: no copy of its tokens; one lookup of the three words by the
        // hash each token keeps, not three string comparisons.
        for position in sentence.indices {
            guard let word = markerWords[sentence[position]] else { continue }
            if word == .yesterday { return sentence[position].index }
            if word == .last, position + 1 < sentence.endIndex, lists["time-units"].contains(sentence[position + 1]) {
                return sentence[position].index
            }
            if word == .ago, position - sentence.startIndex >= 2,
                lists["time-units"].contains(sentence[position - 1])
                    || lists["time-units"].contains(sentence[position - 1].lower + "s")
            {
                return sentence[position].index
            }
        }
        return nil
    }

    /// "was" or "were" for "have been" where a place or a state follows ("in London", "very
    /// busy"), "went" where "been" means "gone" ("been to Busan"), nil where it helps another
    /// verb ("been waiting", "been told").
    private func pastOfBeen(_ been: Token, subject: Token, in context: AnalysisContext) -> String? {
        guard let next = context.token(at: been.index + 1), next.isWord else { return nil }
        let isState: Bool
        // "been to Japan" (a place, not "been to see"): the trip, "went".
        if next.lower == "to", let place = context.token(at: next.index + 1), place.isWord,
            !context.tag(at: place.index).hasPrefix("VB")
        {
            return "went"
        }
        switch context.tag(at: next.index) {
        case "JJ": isState = true
        case "RB":
            isState = context.tag(at: next.index + 1) == "JJ" && !["not", "n't", "never"].contains(next)
        case "IN": isState = ["in", "at", "on"].contains(next)
        default: isState = false
        }
        guard isState else { return nil }
        return ["i", "he", "she", "it"].contains(subject) ? "was" : "were"
    }

    private func hasPastVerb(between verbIndex: Int, and markerIndex: Int, in context: AnalysisContext) -> Bool {
        // The word after the verb may be its own participle ("has bought").
        guard verbIndex + 2 < markerIndex else { return false }
        return ((verbIndex + 2)..<markerIndex).contains { index in
            guard let token = context.token(at: index), token.isWord else { return false }
            let readings = context.lexicon.verbReadings(of: token)
            return readings.contains { $0.kind == .past } && !readings.contains { $0.kind == .base }
                && !FunctionWords.beForms.contains(token)
        }
    }

    /// Tags of verbs that head a clause of their own, or an infinitive or participle that
    /// the marker may belong to ("I want to tell you about the show last week", "the show I
    /// saw last week").
    private static let verbTags: Set<String> = ["VB", "VBD", "VBP", "VBZ", "VBG", "VBN", "MD"]

    /// Whether a verb other than the one found (and its participle: "have seen") stands between
    /// it and the marker, so the marker may be that verb's.
    private func hasOtherVerb(between verbIndex: Int, and markerIndex: Int, in context: AnalysisContext) -> Bool {
        guard verbIndex < markerIndex else { return false }
        var start = verbIndex + 1
        if ["have", "has", "'ve"].contains(context.token(at: verbIndex)?.lower ?? "") { start += 1 }
        guard start < markerIndex else { return false }
        return (start..<markerIndex).contains { Self.verbTags.contains(context.tag(at: $0)) }
    }

    /// "As you know, last month I helped", "I think last year was better": a verb of
    /// knowing or thinking said now, right before a marker that belongs to what follows.
    private func isParenthetical(_ verb: Token, before markerIndex: Int, in context: AnalysisContext) -> Bool {
        guard verb.index < markerIndex else { return false }
        let base = context.lexicon.verbReadings(of: verb).first?.base ?? verb.lower
        return Self.sayingVerbs.contains(base)
    }

    private static let sayingVerbs: WordSet = [
        "know", "think", "believe", "guess", "suppose", "hope", "wish", "remember", "forget", "mean", "say", "tell",
    ]

    /// The marker and the verb must be in one clause: nothing between them starts another.
    private func sameClause(_ verbIndex: Int, _ markerIndex: Int, in context: AnalysisContext) -> Bool {
        // "I called you yesterday": the word after "you" is the marker itself, not a verb.
        guard verbIndex != markerIndex else { return false }
        let range = verbIndex < markerIndex ? (verbIndex + 1)..<markerIndex : (markerIndex + 1)..<verbIndex
        // "Yesterday, I go", "Last month, I work": a comma right after the marker leaves one clause.
        let markerEnd = context.token(at: markerIndex)?.lower == "last" ? markerIndex + 1 : markerIndex
        return !range.contains { index in
            guard let token = context.token(at: index) else { return false }
            if token.text == "," { return index != markerEnd + 1 }
            return token.endsClause || FunctionWords.clauseStarters.contains(token)
                || token.lower == "ago" && index != markerIndex
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
        let readings = context.lexicon.verbReadings(of: verb)
        guard let reading = readings.first(where: { $0.kind == .base || $0.kind == .thirdPerson }),
            !readings.contains(where: { $0.kind == .past || $0.kind == .pastParticiple }),
            let forms = context.lexicon.verb(reading.base), forms.frequency >= 5
        else { return nil }
        if reading.kind == .thirdPerson, !FunctionWords.thirdPersonSubjects.contains(subject) { return nil }
        if let noun = context.lexicon.noun(singular: verb), noun.frequency > forms.frequency * 2 { return nil }
        return forms.past
    }
}
