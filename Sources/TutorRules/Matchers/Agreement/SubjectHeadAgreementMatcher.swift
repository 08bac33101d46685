// "The students in my class is" → "are", "My younger brother play" → "plays" (agreement.subject-head).

import TutorCore

/// A present or past verb that does not agree with the head noun of its subject, the subject
/// found from the tags: the noun phrase right before the verb, followed back through "of"
/// ("the price of the tickets are" → "is"), starting its clause. Plural heads are the nouns
/// `PluralNoun` reads as plural ("students", "discounts", "people", "clothes"); singular heads are nouns with a plural of
/// their own or an indefinite pronoun ("everyone have" → "has").
///
/// Left alone: questions; a phrase with a number ("two hours is enough": an amount); group and
/// quantity nouns, after which either verb is right ("my family are", "a lot of people");
/// "were" where a wish or a condition may want it ("if the weather were"); a bare verb after a
/// singular subject in a sentence with a past time or a subjunctive trigger ("I suggest that
/// the company hire").
struct SubjectHeadAgreementMatcher: Matcher {
    let lists: WordLists
    /// `mayDisagree` and `mayHeadSubject` by the word alone, kept for each word.
    private let changes = WordMemo<Change>()
    private let heads = WordMemo<Heads>()

    private static let toPlural: [String: String] = [
        "is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
        "wasn't": "weren't", "hasn't": "haven't",
    ]
    private static let toSingular: [String: String] = [
        "are": "is", "were": "was", "have": "has", "don't": "doesn't", "aren't": "isn't", "weren't": "wasn't",
        "haven't": "hasn't",
    ]
    static let indefinitePronouns: WordSet = [
        "everyone", "everybody", "everything", "someone", "somebody", "something", "nobody", "nothing", "anyone",
        "anybody", "anything",
    ]
    /// Words in a sentence that may make "were" right after a singular subject.
    private static let unrealWords: WordSet = ["if", "wish", "though", "suppose", "imagine", "unless", "whether"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        var checkedSentence = -1
        var sentenceIsQuestion = false
        // The words first, the tags last: only a verb the word conditions below could change,
        // where a word that could head a subject of the number it needs stands, asks for the
        // tags (tagging is most of the analyser's time, and many utterances then need none).
        // A verb only the bare-verb case could change (`singularAgreement`'s last) needs a
        // sentence with no past time and no subjunctive trigger: also words, asked once a
        // sentence, before the tags.
        var sentenceAllowsBareVerb = false
        var chainedPluralHead: Int??
        var chainedSingularHead: Int??
        var singularStart: Int??
        // By index: a token is copied (a retain and a release) only once its word may disagree.
        for index in context.tokens.indices where context.tokens[index].isWord {
            let change = mayDisagree(context.tokens[index], in: context)
            guard change.afterPlural || change.afterSingular || change.asBareVerb else { continue }
            let verb = context.tokens[index]
            guard !verb.isAllCaps,
                context.certainTag(at: verb.index).map({ $0.hasPrefix("VB") }) ?? true
            else { continue }
            let pluralMayPrecede =
                change.afterPlural
                && maySubjectPrecede(verb, plural: true, in: context, chainedHead: &chainedPluralHead)
            let singularMayPrecede =
                (change.afterSingular || change.asBareVerb)
                && maySingularSubjectStart(before: verb, in: context, first: &singularStart)
                && maySubjectPrecede(verb, plural: false, in: context, chainedHead: &chainedSingularHead)
            guard pluralMayPrecede || singularMayPrecede else { continue }
            let sentence = context.sentence(containing: verb.index)
            if sentence.startIndex != checkedSentence {
                checkedSentence = sentence.startIndex
                sentenceIsQuestion = sentence.contains { $0.text == "?" }
                sentenceAllowsBareVerb =
                    !PastTimeMatcher.hasPastMarker(sentence, lists: lists)
                    && !sentence.contains(where: { lists["subjunctive-triggers"].contains($0.lower) })
            }
            guard !sentenceIsQuestion,
                pluralMayPrecede || change.afterSingular || sentenceAllowsBareVerb,
                context.tag(at: verb.index).hasPrefix("VB"),
                let subject = context.subject(ofVerbAt: verb.index, joinedClauses: true),
                let head = context.token(at: subject.head)
            else { continue }
            switch number(of: subject, head: head, in: context) {
            case .plural?:
                guard var match = pluralAgreement(for: verb, in: context) else { continue }
                if PluralNoun.pluralOnly.contains(head) {
                    // "My new clothes is": no noun stands between; the noun is plural only.
                    match.message = Self.pluralOnlyMessage(head.lower)
                }
                matches.append(match)
            case .singular?:
                // "I think my mother and my father were": a singular phrase after "and" may be
                // the second half of a plural subject, so only a plural one is read after "and".
                if context.token(at: subject.start - 1)?.lower == "and" { continue }
                if ofPhraseMayAgree(subject, in: context) || complementIsPlural(after: verb, in: context) { continue }
                guard var match = singularAgreement(for: verb, sentence: sentence, in: context) else { continue }
                // "My sister have", "everyone make": nothing comes between the noun and its
                // verb, so the third-person rule's text ("my sister has") fits, not this rule's
                // about skipping "of my friends".
                if ((head.index + 1)..<verb.index).allSatisfy({ context.tag(at: $0) == "RB" }) {
                    match.explainedBy = "agreement.third-person"
                }
                matches.append(match)
            case nil:
                continue
            }
        }
        return matches
    }

    private enum Number { case singular, plural }

    /// Whether `number(of:head:in:)` could read the token as the head of a subject of that
    /// number, by its word alone (no name): a clear plural, or an indefinite pronoun or a
    /// singular noun with a plural of its own.
    private func mayHeadSubject(_ head: Token, plural: Bool, in context: AnalysisContext) -> Bool {
        guard !head.isCapitalized || head.startsSentence else { return false }
        if let known = heads.kept(head, in: context) { return plural ? known.plural : known.singular }
        let kept = heads.keep(
            Heads(
                plural: mayHeadSubject(word: head, plural: true, in: context),
                singular: mayHeadSubject(word: head, plural: false, in: context)),
            for: head, in: context)
        return plural ? kept.plural : kept.singular
    }

    /// Which numbers of subject `mayHeadSubject` says a word may head.
    private struct Heads {
        var plural: Bool
        var singular: Bool
    }

    /// `mayHeadSubject` by the word alone, kept in `heads`.
    private func mayHeadSubject(word head: Token, plural: Bool, in context: AnalysisContext) -> Bool {
        let mayHead: Bool
        if plural {
            mayHead = PluralNoun.isPlural(head.lower, lexicon: context.lexicon)
        } else if Self.indefinitePronouns.contains(head) {
            mayHead = true
        } else if let entry = context.lexicon.noun(singular: head) {
            mayHead = entry.plural != head.lower && context.lexicon.noun(plural: head) == nil
        } else {
            mayHead = false
        }
        // `number(of:head:in:)` reads no number after a group or quantity noun ("my family
        // are", "two times is"), whatever the tags.
        return mayHead && !isGroupOrQuantity(head, in: context)
    }

    /// Whether the word or its singular is a group or quantity noun, after which either verb
    /// may be right.
    private func isGroupOrQuantity(_ head: Token, in context: AnalysisContext) -> Bool {
        let singular = context.lexicon.noun(plural: head)?.singular ?? head.lower
        return [head.lower, singular].contains {
            lists["collective-nouns"].contains($0) || lists["quantity-nouns"].contains($0)
        }
    }

    /// Whether `AnalysisContext.subject(ofVerbAt:)` could find a head `mayHeadSubject` takes,
    /// by the words alone: one of the three before the verb (the two between may be adverbs,
    /// not "not"), or the word before a preposition that the subject is followed back through
    /// (`chainedHead`: the first such word in the utterance, found once for each number).
    private func maySubjectPrecede(
        _ verb: Token, plural: Bool, in context: AnalysisContext, chainedHead: inout Int??
    ) -> Bool {
        let tokens = context.tokens
        // `subject(ofVerbAt:)` starts from a phrase headed by one of these tokens, past words
        // tagged RB only: a word whose tag is certain without tagging ("and", "the", ",")
        // settles whether it can head one, or be passed.
        var mayHaveHead = false
        for index in stride(from: verb.index - 1, through: max(0, verb.index - 3), by: -1) {
            let certainTag = context.certainTag(at: index)
            if certainTag.map({ Self.headTags.contains($0) }) ?? true {
                mayHaveHead = true
                if mayHeadSubject(tokens[index], plural: plural, in: context) { return true }
            }
            if tokens[index].lower == "not" || (certainTag.map { $0 != "RB" } ?? false) { break }
        }
        guard mayHaveHead else { return false }
        if chainedHead == nil {
            chainedHead = .some(
                tokens.indices.dropFirst().first {
                    AnalysisContext.postmodifyingPrepositions.contains(tokens[$0].lower)
                        && mayHeadSubject(tokens[$0 - 1], plural: plural, in: context)
                })
        }
        guard let first = chainedHead ?? nil else { return false }
        return first < verb.index
    }

    /// Whether a subject `number(of:head:in:)` reads as singular could start before the verb,
    /// by the words alone: its first word is a determiner that makes the noun one thing ("my
    /// brother play") or an indefinite pronoun ("everyone have"), and `subject(ofVerbAt:)` has
    /// it start a clause, not after "and" or "of". `first` keeps the utterance's first such
    /// word, found once.
    private func maySingularSubjectStart(before verb: Token, in context: AnalysisContext, first: inout Int??) -> Bool {
        if first == nil {
            first = .some(
                context.tokens.indices.first { index in
                    context.tokens[index].isWord && Self.singularSubjectStarts.contains(context.tokens[index].lower)
                        && context.startsClause(index)
                        && !Self.subjectExcludingBefore.contains(context.token(at: index - 1)?.lower ?? "")
                })
        }
        guard let first = first ?? nil else { return false }
        return first < verb.index
    }

    /// The first words of a subject `number(of:head:in:)` reads as singular.
    private static let singularSubjectStarts = WordSet(
        Array(singularDeterminers) + Array(FunctionWords.possessives) + ["the"] + Array(indefinitePronouns))
    /// Words before a phrase that `subject(ofVerbAt:)` does not take as a subject.
    private static let subjectExcludingBefore: WordSet = ["and", "or", "nor", "&", "of"]

    /// The tags of a token that heads a noun phrase (`SentenceStructure.chunk`).
    private static let headTags: WordSet = ["NN", "NNS", "NNP", "NNPS", "PRP", "EX"]

    /// How `pluralAgreement` and `singularAgreement` could change the verb, by its word alone.
    private struct Change {
        /// `pluralAgreement` could, after a plural subject: a verb of its table, or one with
        /// only third-person readings (its VBZ).
        var afterPlural = false
        /// `singularAgreement` could, after a singular subject, by its table or "do".
        var afterSingular = false
        /// `singularAgreement`'s bare-verb case could, after a singular subject, in a sentence
        /// with no past time and no subjunctive trigger.
        var asBareVerb = false
    }

    /// How `pluralAgreement` or `singularAgreement` could change the verb, by its word alone:
    /// the word conditions of both, without the tags.
    private func mayDisagree(_ verb: Token, in context: AnalysisContext) -> Change {
        if let known = changes.kept(verb, in: context) { return known }
        return changes.keep(mayDisagree(word: verb.lower, in: context), for: verb, in: context)
    }

    /// `mayDisagree` for a word, kept in `changes`.
    private func mayDisagree(word: String, in context: AnalysisContext) -> Change {
        var change = Change()
        change.afterPlural = Self.pluralTableVerbs.contains(word)
        change.afterSingular = Self.singularTableVerbs.contains(word)
        let readings = context.lexicon.verbReadings(of: word)
        guard !readings.isEmpty else { return change }
        if readings.allSatisfy({ $0.kind == .thirdPerson }) { change.afterPlural = true }
        if !readings.contains(where: { $0.kind == .past }), !FunctionWords.beForms.contains(word),
            !FunctionWords.modals.contains(word), let forms = context.lexicon.verb(word),
            forms.thirdPerson != word, forms.frequency >= 5,
            context.lexicon.nounUse(of: word) * 2 <= forms.frequency
        {
            change.asBareVerb = true
        }
        return change
    }

    /// The verbs the two tables change (and "do", which `singularAgreement` changes before
    /// "n't" and "not").
    private static let pluralTableVerbs = WordSet(toPlural.keys)
    private static let singularTableVerbs = WordSet(Array(toSingular.keys) + ["do"])

    private func number(of subject: NounPhrase, head: Token, in context: AnalysisContext) -> Number? {
        let tag = context.tag(at: head.index)
        // A name ("Friends is my favourite show", "Tom have") or an amount ("two hours is").
        if head.isCapitalized && !head.startsSentence || tag.hasPrefix("NNP") { return nil }
        if isGroupOrQuantity(head, in: context) { return nil }
        // "whose hobbies is": the learner may have meant one hobby.
        if context.token(at: subject.start - 1)?.lower == "whose" { return nil }
        let before = (subject.start..<subject.head).compactMap { context.token(at: $0) }
        if before.contains(where: { context.tag(at: $0.index) == "CD" }) { return nil }
        switch tag {
        case "NNS":
            // "every people thinks", "a friends": the noun, not the verb, may be what is wrong;
            // "all people gets": the learner may mean "everyone".
            guard !before.contains(where: { Self.singularDeterminers.contains($0.lower) || $0.lower == "all" }),
                PluralNoun.isPlural(head.lower, lexicon: context.lexicon)
            else { return nil }
            return .plural
        case "NN":
            // "someone of them help": not a subject a learner means as one person.
            if Self.indefinitePronouns.contains(head), subject.start == subject.head {
                return context.token(at: head.index + 1)?.lower == "of" ? nil : .singular
            }
            // A singular noun counts only after a determiner that makes it one thing ("my
            // brother play"; not "teacher ask", "some driver make", "those energy were", where
            // the noun is as likely to be wrong as the verb), and not after a plural noun
            // ("these systems function are": a verb the tagger took for a noun).
            guard let determiner = before.first,
                Self.singularDeterminers.contains(determiner)
                    || FunctionWords.possessives.contains(determiner) || determiner.lower == "the",
                !before.contains(where: {
                    context.tag(at: $0.index) == "NNS" || Self.pluralDeterminers.contains($0.lower)
                }),
                let entry = context.lexicon.noun(singular: head), entry.plural != head.lower,
                context.lexicon.noun(plural: head) == nil
            else { return nil }
            return .singular
        default:
            return nil
        }
    }

    /// "A line of people were waiting": after "a" + noun + "of" + plural, the verb may agree
    /// with the people, not the line.
    private func ofPhraseMayAgree(_ subject: NounPhrase, in context: AnalysisContext) -> Bool {
        ["a", "an"].contains(context.token(at: subject.start)?.lower ?? "")
            && context.token(at: subject.head + 1)?.lower == "of"
    }

    /// "My favourite activity are swimming and singing": a plural complement may mean the
    /// learner had a plural subject in mind; either word could be the one to change.
    private func complementIsPlural(after verb: Token, in context: AnalysisContext) -> Bool {
        guard FunctionWords.beForms.contains(verb) else { return false }
        // "The reason were many", "Another idea are concerts".
        if context.tag(at: verb.index + 1) == "NNS" || context.token(at: verb.index + 1)?.lower == "many" {
            return true
        }
        var index = verb.index + 1
        while ["DT", "PRP$", "JJ", "RB"].contains(context.tag(at: index)) { index += 1 }
        guard Self.listedTags.contains(context.tag(at: index)) else { return false }
        while let token = context.token(at: index), !token.endsClause {
            if token.lower == "and",
                Self.listedTags.contains(context.tag(at: index + 1))
                    || ["DT", "PRP$"].contains(context.tag(at: index + 1))
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Tags of what a list of things is made of ("swimming and tennis", "books and films").
    private static let listedTags: Set<String> = ["NN", "NNS", "VBG"]

    private static let singularDeterminers: WordSet = ["a", "an", "every", "each", "this", "that", "one", "another"]
    private static let pluralDeterminers: WordSet = [
        "these", "those", "some", "many", "several", "few", "both", "all", "other", "most", "various",
    ]

    /// Why a plural-only head ("clothes", "jeans") takes a plural verb: the module says this
    /// before the rule's text about the main noun of the subject.
    static func pluralOnlyMessage(_ noun: String) -> LocalizedText {
        let others = ["clothes", "trousers", "jeans", "glasses"].filter { $0 != noun }.map { "'\($0)'" }
        return LocalizedText(
            en: "'\(noun.capitalizedFirst)' is always plural in English, like \(others.joined(separator: ", ")), "
                + "even when it means one thing (Korean '옷' or '바지' is not plural), "
                + "so the verb is plural: '{correction}', not '{original}'.",
            ko: "'\(noun)'는 \(others.joined(separator: ", "))처럼 영어에서 늘 복수로 쓰는 명사예요. "
                + "한 벌, 한 개를 말할 때도 복수예요(한국어 '옷', '바지'는 복수가 아니에요). "
                + "그래서 동사도 복수형으로 {original:이} 아니라 {correction:을} 써요.")
    }

    /// "The students is" → "are", "my friends likes" → "like".
    private func pluralAgreement(for verb: Token, in context: AnalysisContext) -> Match? {
        if let replacement = Self.toPlural[verb] {
            // "does" only as a helper ("does n't", "does not"), not "does his homework".
            if verb.lower == "does", !["n't", "not"].contains(context.token(at: verb.index + 1)?.lower ?? "") {
                return nil
            }
            return context.replacement(of: verb, with: replacement)
        }
        guard context.tag(at: verb.index) == "VBZ",
            let base = context.lexicon.base(ofForm: verb, kind: .thirdPerson),
            context.lexicon.verbReadings(of: verb).allSatisfy({ $0.kind == .thirdPerson })
        else { return nil }
        return context.replacement(of: verb, with: base)
    }

    /// The verbs of `toSingular` that are past already: a past time does not silence them.
    private static let pastTableVerbs: WordSet = ["were", "weren't"]
    /// The verbs `singularAgreement` changes that are also a verb's bare form ("have", "do",
    /// "don't"): read as a missing past near a past verb, as the bare verbs are.
    private static let bareTableVerbs: WordSet = ["have", "haven't", "do", "don't"]

    /// "The new teacher are" → "is", "my younger brother play" → "plays". Also asked by
    /// `BareSubjectMatcher` ("modern technology have" → "has").
    func singularAgreement(for verb: Token, sentence: ArraySlice<Token>, in context: AnalysisContext) -> Match? {
        let next = context.token(at: verb.index + 1)?.lower ?? ""
        if verb.lower == "were", sentence.contains(where: { Self.unrealWords.contains($0.lower) }) { return nil }
        // "My little brother have a cold last week", "my sister don't come yesterday": a present
        // form in a sentence dated in the past wanted the past ("had", "didn't"), and "has" would
        // teach a change of tense; so would a bare "have" or "don't" near a past verb ("my friend
        // have a fever, so we stayed home"), as for the bare verbs below.
        if !Self.pastTableVerbs.contains(verb), PastTimeMatcher.hasPastMarker(sentence, lists: lists) { return nil }
        if Self.bareTableVerbs.contains(verb),
            context.hasPastVerb(near: verb.index, within: ThirdPersonAgreementMatcher.pastVerbReach, in: sentence)
        {
            return nil
        }
        if verb.lower == "do", next == "n't" || next == "not" { return context.replacement(of: verb, with: "does") }
        if let replacement = Self.toSingular[verb] { return context.replacement(of: verb, with: replacement) }
        // Learners' bare verbs are tagged VB as often as VBP.
        guard ["VBP", "VB"].contains(context.tag(at: verb.index)),
            !PastTimeMatcher.hasPastMarker(sentence, lists: lists),
            !sentence.contains(where: { lists["subjunctive-triggers"].contains($0.lower) }),
            // "After everyone go home, I washed the dishes": near a past verb the learner
            // meant the past ("went"), and "goes" would teach a change of tense.
            !context.hasPastVerb(near: verb.index, within: ThirdPersonAgreementMatcher.pastVerbReach, in: sentence),
            !FunctionWords.beForms.contains(verb), !FunctionWords.modals.contains(verb),
            let forms = context.lexicon.verb(verb.lower), forms.thirdPerson != verb.lower, forms.frequency >= 5,
            context.lexicon.base(ofForm: verb, kind: .past) == nil,
            context.lexicon.nounUse(of: verb.lower) * 2 <= forms.frequency
        else { return nil }
        return context.replacement(of: verb, with: forms.thirdPerson)
    }
}
