// "I am good in maths" → "good at maths", "I am good cooking" → "good at cooking"
// (preposition.good-at).

import TutorCore

/// "Good", "bad" and the like say what a person does well or badly with "at": "good at
/// maths", "bad at cooking", "better at it". The rule reads "in" after such an adjective only
/// when a person is what is good ("I am", "my sister is", "Minji was", adverbs between them
/// skipped) and what follows is a skill, bare: not a time ("good in summer"), not a noun
/// phrase with a determiner ("good in a crisis", "good in the movie", where "in" is right),
/// not a place's name. With no preposition, an -ing form straight after the adjective takes
/// "at" on the same terms ("I am not very good cooking" → "good at cooking"); not "good looking".
struct AbilityPrepositionMatcher: Matcher {
    let timeUnits: WordSet
    let languages: WordSet
    let personNouns: WordSet

    init(lists: WordLists) {
        timeUnits = lists["time-units"]
        languages = lists["languages"]
        personNouns = lists["person-nouns"]
    }

    private static let adjectives: WordSet = [
        "good", "bad", "better", "worse", "best", "great", "excellent", "brilliant", "terrible", "hopeless",
        "awful", "poor",
    ]
    private static let beForms: WordSet = ["am", "'m", "are", "'re", "is", "'s", "was", "were", "be", "been", "being"]
    /// Words between a subject and "be": "I have always been", "she will be".
    private static let auxiliaries: WordSet = [
        "have", "has", "had", "'ve", "'d", "will", "'ll", "would", "can", "could", "must", "should", "might", "not",
        "always", "never", "really", "also",
    ]
    /// Subjects that are people; "it", "this" and nouns may be things ("it is good in summer",
    /// "the food is good in this restaurant").
    private static let personSubjects: WordSet = ["i", "you", "he", "she", "we", "they", "who"]
    private static let degreeAdverbs: WordSet = [
        "very", "really", "quite", "so", "not", "n't", "pretty", "rather", "fairly", "too", "also", "especially",
        "extremely", "particularly", "much", "even", "still", "always", "never", "really", "a", "bit", "little",
        "more", "most", "the", "all", "already", "just", "only", "such",
    ]

    var triggerWords: Set<String>? { Set(Self.adjectives) }

    /// -ing words that make a phrase of their own with the adjective: "good looking".
    private static let ingPhrases: WordSet = ["looking", "morning", "evening", "thing", "something", "nothing"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = missingAt(in: context)
        for preposition in context.tokens where preposition.isWord && preposition.lower == "in" {
            guard let adjective = context.token(at: preposition.index - 1), Self.adjectives.contains(adjective),
                let object = context.token(at: preposition.index + 1), object.isWord,
                !["touch", "time", "charge", "bed"].contains(object),
                // "good in the movie", "good in a crisis", "bad in my last job": a role, a
                // situation or a place; a skill follows bare ("good in math", "good in cooking").
                !Self.determiners.contains(object),
                isPersonBe(before: adjective.index, in: context),
                !startsTimeOrPlace(at: object.index, in: context)
            else { continue }
            // "poor in vitamins" is lacking them; only "poor at" a skill, which a verb shows.
            if adjective.lower == "poor", context.tag(at: object.index) != "VBG" { continue }
            var match = context.replacement(of: preposition, with: "at")
            match.message = LocalizedText(
                en: "We are '\(adjective.lower) at' something we do: '{correction}'.",
                ko: "무엇을 잘하거나 못할 때는 '\(adjective.lower) at'이라고 해요: '{correction}'.")
            matches.append(match)
        }
        return matches
    }

    /// "I am good cooking" → "good at cooking": an -ing verb straight after a person's "good".
    private func missingAt(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for adjective in context.tokens where adjective.isWord && Self.adjectives.contains(adjective) {
            guard let verb = context.token(at: adjective.index + 1), verb.isWord, verb.lower.hasSuffix("ing"),
                !Self.ingPhrases.contains(verb),
                context.lexicon.base(ofForm: verb.lower, kind: .presentParticiple) != nil,
                // "She is a good cooking teacher": "good" describes a noun.
                !describesNoun(adjective, in: context),
                isPersonBe(before: adjective.index, in: context),
                // The tagger reads "good cooking" as a noun after an adjective; a verb's -ing form
                // after a person's "good" is what the person does.
                ["VBG", "NN"].contains(context.tag(at: verb.index))
            else { continue }
            var match = context.insertion(verb.isAllCaps ? "AT" : "at", before: verb)
            match.message = LocalizedText(
                en: "We are '\(adjective.lower) at' something we do: '{correction}'.",
                ko: "무엇을 잘하거나 못할 때는 '\(adjective.lower) at'이라고 해요: '{correction}'.")
            matches.append(match)
        }
        return matches
    }

    /// Whether an article comes between "be" and the adjective ("is a good", "was the best"):
    /// the adjective then describes a noun after it.
    private func describesNoun(_ adjective: Token, in context: AnalysisContext) -> Bool {
        var index = adjective.index - 1
        while index >= adjective.index - 4, let word = context.token(at: index), word.isWord,
            !Self.beForms.contains(word)
        {
            if ["a", "an", "the", "such"].contains(word.lower) { return true }
            index -= 1
        }
        return false
    }

    /// Whether a person's "be" comes before the adjective: "I am (very) good", "she's not
    /// good", "they were always bad", "who is good".
    private func isPersonBe(before index: Int, in context: AnalysisContext) -> Bool {
        var cursor = index - 1
        var skipped = 0
        while skipped < 3, let word = context.token(at: cursor), word.isWord,
            Self.degreeAdverbs.contains(word) || (word.lower.hasSuffix("ly") && word.lower.count > 4)
        {
            cursor -= 1
            skipped += 1
        }
        guard let be = context.token(at: cursor), be.isWord, Self.beForms.contains(be) else { return false }
        var subjectIndex = be.index - 1
        // "I have always been good", "I will be good", "she must be good".
        while let word = context.token(at: subjectIndex), word.isWord, Self.auxiliaries.contains(word) {
            subjectIndex -= 1
        }
        guard let subject = context.token(at: subjectIndex), subject.isWord else { return false }
        if Self.personSubjects.contains(subject) { return true }
        // "my brother is", "the students are", "Minji is".
        let singular = context.lexicon.noun(plural: subject)?.singular ?? subject.lower
        if personNouns.contains(subject) || personNouns.contains(singular) { return true }
        return subject.isCapitalized && !languages.contains(subject) && context.tag(at: subject.index) == "NNP"
    }

    /// "good in the morning", "good in summer", "bad in London": a time or a place's name
    /// (a capitalised word that is neither a language nor a common noun: "good in English",
    /// "good in Tennis" are skills).
    private func startsTimeOrPlace(at index: Int, in context: AnalysisContext) -> Bool {
        for offset in 0..<3 {
            guard let token = context.token(at: index + offset), token.isWord else { return false }
            let singular = context.lexicon.noun(plural: token)?.singular ?? token.lower
            if timeUnits.contains(token) || timeUnits.contains(singular) { return true }
            // "good in Tennis", "good in Painting": a capitalised common noun is still a skill.
            if token.isCapitalized, !token.startsSentence {
                return !languages.contains(token) && context.lexicon.noun(singular: token) == nil
                    && context.lexicon.noun(plural: token) == nil
            }
            if !Self.determiners.contains(token) { return false }
        }
        return false
    }

    private static let determiners: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her", "its",
        "some", "any", "every", "each", "one",
    ]
}
