// "Modern technology have" → "has" (agreement.bare-subject); "Teacher are" → "Teachers"
// (noun-number.bare-subject).

import TutorCore

/// A subject that is a singular noun with no determiner ("technology", "modern technology",
/// "teacher"), right before a verb that agrees with a plural ("have", "are", "make"). A
/// countable singular cannot stand alone as a subject, so one of the two words is wrong; which
/// one, the noun's use tells:
///
/// - a noun mostly used uncounted (on the uncountable lists, or written far more often than its
///   plural: "technology", "fashion") means the thing in general, and the verb is what is wrong:
///   "Modern technology have changed our lives" → "has" (`fixesNoun` false);
/// - a noun whose plural is about as common as it ("teacher", "computer") means people or things
///   in general, and the plural verb says the learner meant many: "Teacher are kind" →
///   "Teachers" (`fixesNoun` true).
///
/// Nouns between the two are left alone (a person with a rare plural, "professor", among them:
/// "professor oppose" wants "the professor" or the past), and so are names, group and quantity nouns ("staff
/// are"), nouns that are plurals too ("data"), a phrase after "of", "and" or "whose", a word of
/// quantity before the noun ("much money do I need"), and questions. The verb changes as
/// agreement.subject-head changes it (not near a past verb, where the past was meant).
struct BareSubjectMatcher: Matcher {
    let lists: WordLists
    /// Whether the matcher makes the noun plural (countable nouns) rather than the verb
    /// singular (nouns used uncounted).
    let fixesNoun: Bool
    private let agreement: SubjectHeadAgreementMatcher

    init(lists: WordLists, fixesNoun: Bool) {
        self.lists = lists
        self.fixesNoun = fixesNoun
        agreement = SubjectHeadAgreementMatcher(lists: lists)
    }

    /// How much rarer (Zipf × 100) a noun's plural must be for the noun to count as used
    /// uncounted: 75 is about a sixth as common ("technologies" beside "technology").
    static let uncountedGap = 75
    /// How much rarer at most its plural may be for the noun to count as one people count: 30
    /// is half as common ("teachers" beside "teacher").
    static let countedGap = 30

    /// Words that say how much, not which: a phrase with one is no bare noun ("how much money
    /// do", "enough time", "more information").
    private static let quantityWords: WordSet = [
        "much", "many", "more", "most", "less", "least", "little", "few", "enough", "several", "such",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        // By index: a token is copied (a retain and a release) only once its word may agree.
        for index in context.tokens.indices {
            // By the words first: a verb the agreement could change, after a possible noun.
            guard context.tokens[index].isWord, !context.tokens[index].isCapitalized,
                mayAgreeWithPlural(context.tokens[index], in: context)
            else { continue }
            let verb = context.tokens[index]
            guard
                (1...2).contains(where: { distance in
                    context.token(at: verb.index - distance).map { context.lexicon.noun(singular: $0) != nil } ?? false
                }),
                // The head stands at most two adverbs before the verb: one of those words must be
                // a noun this rule could change, with nothing the tagger's dictionary rules out
                // ("will", "can" are never NN there), before the utterance is tagged.
                context.certainTag(at: verb.index).map({ $0.hasPrefix("VB") }) ?? true,
                (1...3).contains(where: { distance in
                    mayHead(at: verb.index - distance, before: verb, in: context)
                }),
                context.tag(at: verb.index).hasPrefix("VB"),
                let head = bareSingularHead(before: verb, in: context)
            else { continue }
            let sentence = context.sentence(containing: verb.index)
            guard !sentence.contains(where: { $0.text == "?" }),
                let verbMatch = agreement.singularAgreement(for: verb, sentence: sentence, in: context)
            else { continue }
            guard suits(head, in: context), let plural = context.lexicon.noun(singular: head)?.plural else { continue }
            matches.append(fixesNoun ? context.replacement(of: head, with: plural) : verbMatch)
        }
        return matches
    }

    /// Whether the token at `index` may be the head of the verb's bare subject, as far as its
    /// words and the tags certain without tagging tell: a noun this rule corrects, tagged NN,
    /// with only adverbs (RB) between it and the verb.
    private func mayHead(at index: Int, before verb: Token, in context: AnalysisContext) -> Bool {
        // The certain tag first: it costs a lookup, `suits` several.
        guard let head = context.token(at: index), context.certainTag(at: index).map({ $0 == "NN" }) ?? true,
            suits(head, in: context)
        else { return false }
        return ((index + 1)..<verb.index).allSatisfy { context.certainTag(at: $0).map { $0 == "RB" } ?? true }
    }

    /// Whether the word, by itself and the lexicon, is a head this rule corrects: a singular
    /// common noun with a plural of its own, no group or quantity noun, used uncounted (the verb
    /// is changed) or counted (the noun is), as `fixesNoun` asks. No tags are needed.
    private func suits(_ head: Token, in context: AnalysisContext) -> Bool {
        guard !head.isCapitalized || head.startsSentence, !head.isAllCaps,
            !SubjectHeadAgreementMatcher.indefinitePronouns.contains(head),
            let entry = context.lexicon.noun(singular: head), entry.plural != head.lower,
            context.lexicon.noun(plural: head) == nil, !isGroupOrQuantity(head)
        else { return false }
        let singular = head.lower
        let plural = entry.plural
        // A person ("professor", "policeman") is never meant uncounted, however rare the plural.
        let uncounted =
            context.lexicon.isUncountable(head) || lists["mass-nouns"].contains(head)
            || (!context.lexicon.pluralIsInUse(plural, beside: singular, within: Self.uncountedGap)
                && !lists["person-nouns"].contains(head))
        guard fixesNoun else { return uncounted }
        return !uncounted && context.lexicon.countableSingular(head) != nil
            && context.lexicon.pluralIsInUse(plural, beside: singular, within: Self.countedGap)
    }

    /// Whether agreement.subject-head could make the verb singular, by its word alone: a verb
    /// of its table ("are", "have", "don't"), "do", or a plain present form with an -s form of
    /// its own ("make").
    private func mayAgreeWithPlural(_ verb: Token, in context: AnalysisContext) -> Bool {
        if Self.pluralForms.contains(verb) { return true }
        // Asked of every word: looked up by the hash the token keeps.
        guard let thirdPerson = context.lexicon.thirdPerson(ofBase: verb) else { return false }
        return thirdPerson != verb.lower
    }

    private static let pluralForms: WordSet = ["are", "were", "have", "do", "don't", "aren't", "weren't", "haven't"]

    /// The head of the verb's subject when it is a singular common noun with no determiner,
    /// right before the verb (adverbs between), that starts its clause.
    private func bareSingularHead(before verb: Token, in context: AnalysisContext) -> Token? {
        guard let subject = context.subject(ofVerbAt: verb.index), let head = context.token(at: subject.head),
            context.tag(at: head.index) == "NN",
            ((head.index + 1)..<verb.index).allSatisfy({ context.tag(at: $0) == "RB" })
        else { return nil }
        // Only adjectives and nouns before it: no determiner, number or possessive.
        let before = (subject.start..<head.index).compactMap { context.token(at: $0) }
        guard
            before.allSatisfy({
                ["JJ", "JJR", "JJS", "NN"].contains(context.tag(at: $0.index)) && !Self.quantityWords.contains($0)
                    && (!$0.isCapitalized || $0.startsSentence)
            }),
            !["whose", "and", "or", "of"].contains(context.token(at: subject.start - 1)?.lower ?? "")
        else { return nil }
        return head
    }

    /// Group and quantity nouns take either verb ("staff are", "majority have").
    private func isGroupOrQuantity(_ head: Token) -> Bool {
        lists["collective-nouns"].contains(head) || lists["quantity-nouns"].contains(head)
    }
}
