// "I bought new bag" → "a new bag", "We live in small town" → "in a small town", "My sister is
// very kind person" → "a very kind person" (determiner.described-noun).

import TutorCore

/// A singular noun people count, described by an adjective, with no determiner before it, as
/// the object of a verb, after a preposition, or after "is"/"was" with a noun subject: "a" or
/// "an" goes before the adjective. The phrase is found from the tags (adjectives tagged JJ,
/// the noun NN) and must end where the tags say; the words themselves are checked as
/// determiner.missing-article checks them after "it is" (that rule keeps the pronoun
/// subjects): a plain describing adjective, not one that goes with "the" or with no article
/// ("same", "next", "whole", "real"), and a noun with a plural people write that is not a mass
/// noun ("good food", "hard work" are left alone).
struct DescribedObjectArticleMatcher: Matcher {
    let lists: WordLists
    let sound: ArticleSound
    private var rule: MissingArticleMatcher { MissingArticleMatcher(lists: lists, sound: sound) }
    /// `mayDescribe` and `mayBeNoun` by the word alone, kept for each word.
    let adjectiveGate = WordMemo<Bool>()
    let nounGate = WordMemo<Bool>()

    /// Prepositions after which a described singular noun needs an article ("in a small
    /// town"); not "of" ("a kind of"), "as" ("as usual"), "by" ("by public transport").
    private static let prepositions: WordSet = [
        "in", "at", "on", "for", "with", "from", "about", "into", "like", "near", "without", "to",
    ]
    /// Verbs whose next words are not their object ("it seems good idea", "I feel bad", "go
    /// straight"), or are a time ("we stayed whole day").
    private static let notObjectVerbs: WordSet = [
        "be", "feel", "seem", "look", "sound", "become", "get", "go", "come", "stay", "spend", "make", "let", "help",
        "call", "name", "elect", "think", "say", "know", "hope", "mean", "wish", "guess", "believe",
    ]
    /// Adjectives that make a name with the noun, used without an article ("in high school",
    /// "by public transport", "in middle school").
    private static let compoundAdjectives: WordSet = [
        "high", "middle", "elementary", "primary", "secondary", "junior", "senior", "public", "private", "social",
    ]
    /// Adjectives after which the learner as often meant a plural ("different country" →
    /// "different countries").
    private static let pluralMeaningAdjectives: WordSet = ["different", "various", "similar", "numerous", "diverse"]
    /// How much more often (log10 × 100) the pair "a"/"an" + noun must be listed than the noun
    /// itself in the word-pair tables for the noun to count as one that takes "a" (the pairs
    /// and the words are counted on different scales, so only the difference means anything):
    /// "a teacher" +62, "a place" +54, "an idea" +64; "technology" −40, "material" +3,
    /// "activity" −1, "time" +38, which often go without one.
    private static let indefiniteShareMargin = 40

    /// After a verb of buying, seeing or keeping (`MissingArticleMatcher.concreteObjectVerbs`:
    /// "bought new car", "drives old truck"), whose object is nearly always one thing, the
    /// margin determiner.missing-article asks there: "car" +32, "truck" +31.
    private static let concreteObjectMargin = MissingArticleMatcher.concreteObjectMargin

    private func takesIndefiniteArticle(
        _ noun: String, margin: Int = indefiniteShareMargin, in context: AnalysisContext
    ) -> Bool {
        guard let nounCount = context.lexicon.ngrams.count(noun) else { return false }
        let withArticle = max(
            context.lexicon.ngrams.count("a", noun) ?? Int.min, context.lexicon.ngrams.count("an", noun) ?? Int.min)
        return withArticle >= nounCount + margin
    }

    /// The margin for a noun after this opener.
    private func margin(after opener: Token) -> Int {
        MissingArticleMatcher.concreteObjectVerbs.contains(opener)
            ? Self.concreteObjectMargin : Self.indefiniteShareMargin
    }

    private static let pronounSubjects: WordSet = ["i", "he", "she", "it", "this", "that", "there", "what", "which"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for opener in context.tokens where opener.isWord {
            var index = opener.index + 1
            guard let first = context.token(at: index), first.isWord, !first.isCapitalized else { continue }
            if MissingArticleMatcher.intensifiers.contains(first) { index += 1 }
            let firstAdjective = index
            // The words first, the tags last: an adjective and a noun the loop below could
            // take, then the opener (tagging is most of the analyser's time).
            guard let adjective = context.token(at: firstAdjective), mayDescribe(adjective, in: context),
                (1...MissingArticleMatcher.maximumAdjectives).contains(where: { count in
                    context.token(at: firstAdjective + count).map {
                        mayBeNoun($0, after: opener, in: context) && rule.isBareNounPhraseEnd($0, in: context)
                    } ?? false
                }),
                sound.article(before: first.text) != nil,
                opens(opener, in: context)
            else { continue }
            var adjectives = 0
            while let word = context.token(at: index), context.tag(at: index) == "JJ", mayDescribe(word, in: context) {
                adjectives += 1
                index += 1
            }
            guard (1...MissingArticleMatcher.maximumAdjectives).contains(adjectives),
                let noun = context.token(at: index),
                context.tag(at: index) == "NN", context.nounPhrase(headedBy: index)?.start == firstAdjective,
                rule.isCountedSingular(noun, in: context),
                takesIndefiniteArticle(noun.lower, margin: margin(after: opener), in: context),
                rule.isBareNounPhraseEnd(noun, in: context),
                let article = sound.article(before: first.text)
            else { continue }
            matches.append(context.insertion(article, before: first))
        }
        return matches
    }

    /// An adjective the phrase may hold, by its word alone.
    private func mayDescribe(_ word: Token, in context: AnalysisContext) -> Bool {
        guard word.isWord, !word.isCapitalized else { return false }
        if let known = adjectiveGate.kept(word, in: context) { return known }
        let mayDescribe =
            rule.isDescribingAdjective(word, in: context) && !Self.compoundAdjectives.contains(word)
            && !Self.pluralMeaningAdjectives.contains(word)
            && context.lexicon.properNounUsage(of: word.lower) == 0
        return adjectiveGate.keep(mayDescribe, for: word, in: context)
    }

    /// A noun the phrase may end in, by its word and the opener.
    private func mayBeNoun(_ noun: Token, after opener: Token, in context: AnalysisContext) -> Bool {
        guard noun.isWord, !noun.isCapitalized else { return false }
        if MissingArticleMatcher.concreteObjectVerbs.contains(opener) {
            return rule.isCountedSingular(noun, in: context)
                && takesIndefiniteArticle(noun.lower, margin: Self.concreteObjectMargin, in: context)
        }
        if let known = nounGate.kept(noun, in: context) { return known }
        let mayBeNoun = rule.isCountedSingular(noun, in: context) && takesIndefiniteArticle(noun.lower, in: context)
        return nounGate.keep(mayBeNoun, for: noun, in: context)
    }

    /// A verb that takes an object, a preposition, or "is"/"was" after a noun subject.
    private func opens(_ opener: Token, in context: AnalysisContext) -> Bool {
        // The tag known without tagging ("the", "a", "very" open no object), and a verb's
        // word, before the utterance is tagged.
        let isPreposition = Self.prepositions.contains(opener)
        if let certain = context.certainTag(at: opener.index),
            isPreposition ? certain != "IN" && certain != "TO" : !certain.hasPrefix("VB")
        {
            return false
        }
        if !isPreposition, opener.lower != "be", !["is", "was"].contains(opener), !takesObject(opener, in: context) {
            return false
        }
        let tag = context.tag(at: opener.index)
        if Self.prepositions.contains(opener) { return tag == "IN" || tag == "TO" }
        guard tag.hasPrefix("VB") else { return false }
        if opener.lower == "be" { return isSingularBe(opener, in: context) }
        if ["is", "was"].contains(opener) {
            guard let subject = context.subject(ofVerbAt: opener.index),
                let head = context.token(at: subject.head), context.tag(at: head.index).hasPrefix("NN"),
                !Self.pronounSubjects.contains(head)
            else { return false }
            return true
        }
        return takesObject(opener, in: context)
    }

    /// Whether a verb, by its word, may take the phrase as its object: not a verb of
    /// `notObjectVerbs`, "be", a modal or "do".
    private func takesObject(_ opener: Token, in context: AnalysisContext) -> Bool {
        let base = context.lexicon.verbReadings(of: opener).first?.base ?? opener.lower
        return !Self.notObjectVerbs.contains(base) && !FunctionWords.beForms.contains(opener)
            && !FunctionWords.modals.contains(opener) && !FunctionWords.doForms.contains(opener)
    }

    /// Subjects that make "be" plural ("they will be good friends").
    private static let pluralPronouns: WordSet = ["we", "they", "you", "these", "those"]

    /// "be" after a modal or "to" whose subject is not plural: "it will be great
    /// opportunity", "she wants to be good teacher"; not "they will be good friend", whose fix
    /// is a plural. The subject is that of the modal or of the verb before "to", found past
    /// "not" and adverbs; "be" with none found is read as singular.
    private func isSingularBe(_ be: Token, in context: AnalysisContext) -> Bool {
        var index = be.index - 1
        while let word = context.token(at: index), word.lower == "not" || context.tag(at: index) == "RB",
            be.index - index < 3
        {
            index -= 1
        }
        guard let before = context.token(at: index), before.isWord else { return false }
        var verbIndex = index
        if before.lower == "to" {
            verbIndex = index - 1
            guard context.tag(at: verbIndex).hasPrefix("VB") else { return false }
        } else if !FunctionWords.modals.contains(before), before.lower != "'ll", before.lower != "'d" {
            return false
        }
        // A pronoun subject is no noun phrase of the chunker's: read the word before the verb.
        var subjectIndex = verbIndex - 1
        while context.tag(at: subjectIndex) == "RB", verbIndex - subjectIndex < 3 { subjectIndex -= 1 }
        if let pronoun = context.token(at: subjectIndex), Self.pluralPronouns.contains(pronoun) { return false }
        guard let subject = context.subject(ofVerbAt: verbIndex), let head = context.token(at: subject.head) else {
            return true
        }
        return context.tag(at: head.index) != "NNS" && context.tag(at: head.index) != "NNPS"
            && !Self.pluralPronouns.contains(head)
    }
}
