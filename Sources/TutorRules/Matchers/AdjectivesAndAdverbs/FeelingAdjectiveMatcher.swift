// "I am interesting in music" → "interested" (adjective.feeling-ed; Korean 관심 있다).

import TutorCore

/// "I am interesting in music" → "interested", "we were very exciting" → "excited": how the
/// speaker feels takes the -ed adjective. After "I am" and "we were" the adjective may end its
/// clause or go on with what the feeling is about, or with the "that" of "so ... that" ("I was so
/// surprising that I laughed", "i'm so exciting for the trip"); "he is boring" may be meant, so after other
/// people (another pronoun, "people", a noun of `person-nouns`) only where what follows
/// decides: "about" ("they were exciting about the trip"), or "interesting in"/"of" ("she is
/// interesting in art"; not "in many ways"), "by" and a determiner, which names the cause
/// ("they were annoying by the noise" → "annoyed by"), and "disappointing with" or "satisfying
/// with" ("he was disappointing with his score"). After "feel" a person always feels: "I felt so
/// disappointing" → "disappointed"; so does "I" or "we" after "get" ("I got so boring in class").
/// Made with `scared`, it reads "scary" the same way, a pair whose first half has no -ing
/// (adjective.scared): "I'm scary to drive" → "scared", "she is scary of dogs" → "scared".
struct FeelingAdjectiveMatcher: Matcher {
    let personNouns: WordSet
    private let feelings: [String: String]

    init(lists: WordLists, scared: Bool = false) {
        personNouns = lists["person-nouns"]
        feelings = scared ? ["scary": "scared"] : Self.edFeelings
    }

    private static let edFeelings: [String: String] = [
        "interesting": "interested", "boring": "bored", "exciting": "excited", "tiring": "tired",
        "confusing": "confused", "disappointing": "disappointed", "embarrassing": "embarrassed",
        "surprising": "surprised", "satisfying": "satisfied", "frightening": "frightened",
        "annoying": "annoyed", "shocking": "shocked", "worrying": "worried", "depressing": "depressed",
        "exhausting": "exhausted", "amusing": "amused", "terrifying": "terrified", "relaxing": "relaxed",
        "frustrating": "frustrated",
    ]
    private static let intensifiers: WordSet = [
        "very", "so", "really", "quite", "too", "a", "bit", "little", "extremely", "pretty", "not", "also", "all",
        "totally", "completely", "absolutely",
    ]
    /// What may follow the adjective: the end of the clause, what the feeling is about, or when
    /// it was felt ("I am so tiring today", "we were exciting this morning").
    private static let followers: WordSet = [
        "in", "about", "with", "at", "by", "of", "and", "because", "when", "to", "after", "for", "but", "today",
        "now", "yesterday", "tonight", "lately", "these", "this", "too", "again",
    ]
    /// Feelings that, after "everyone was", are the crowd's own, not what it caused in others.
    private static let crowdFeelings: WordSet = [
        "exciting", "surprising", "shocking", "disappointing", "confusing", "embarrassing", "frightening",
        "terrifying", "worrying", "exhausting", "tiring",
    ]
    private static let speakerBe: WordSet = ["am", "was", "'m", "are", "were", "'re", "get", "got"]
    /// Determiners after "by" that open the cause of the feeling ("annoying by the noise").
    private static let causeDeterminers: WordSet = [
        "the", "my", "his", "her", "their", "our", "your", "this", "that", "these", "those", "all", "a", "an",
    ]
    /// Feelings whose -ing form before "with" is the person's own feeling about a result.
    private static let resultFeelings: WordSet = ["disappointing", "satisfying"]
    private static let otherBe: WordSet = ["is", "was", "'s", "are", "were", "'re", "be", "been"]
    private static let feelForms: WordSet = ["feel", "feels", "felt", "feeling"]
    /// "She is interesting in many ways": "in" before these starts a phrase about the person.
    private static let notAnInterest: WordSet = ["many", "some", "a", "that", "this", "her", "his", "every", "its"]

    var triggerWords: Set<String>? { Set(feelings.keys) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard let adjective = feelings[word], word.text == word.lower else { return nil }
            var index = word.index - 1
            var afterSo = false
            while let token = context.token(at: index), Self.intensifiers.contains(token) {
                afterSo = afterSo || token.lower == "so"
                index -= 1
            }
            guard let verb = context.token(at: index) else { return nil }
            // "I'm", "they're": the subject and "be" in one word.
            let contracted = BeBaseVerbMatcher.contractedBe[verb]
            guard let subject = contracted?.pronoun ?? context.token(at: index - 1).map(\.lower) else { return nil }
            let be = contracted?.be ?? verb.lower
            let next = context.token(at: word.index + 1)
            // "I was so surprising that ...": "so ... that" says how strong the feeling was.
            // "I'm scary she will see it": a clause of what is feared ("scared (that) she will").
            let endsOrGoesOn =
                next.map {
                    !$0.isWord || Self.followers.contains($0.lower) || (afterSo && $0.lower == "that")
                        || word.lower == "scary" && FunctionWords.subjectPronouns.contains($0)
                } ?? true
            if Self.speakerBe.contains(be), ["i", "we"].contains(subject) {
                return endsOrGoesOn ? context.replacement(of: word, with: adjective) : nil
            }
            // "The bride wore a white dress and everyone was exciting": everybody at once feels
            // it; only feelings a crowd cannot cause ("everyone was interesting" may be meant).
            if ["was", "were"].contains(be), ["everyone", "everybody"].contains(subject),
                Self.crowdFeelings.contains(word), next.map({ !$0.isWord || Self.followers.contains($0.lower) }) ?? true
            {
                return context.replacement(of: word, with: adjective)
            }
            guard context.isPerson(subject, personNouns: personNouns) else { return nil }
            if Self.feelForms.contains(be) {
                return endsOrGoesOn ? context.replacement(of: word, with: adjective) : nil
            }
            guard Self.otherBe.contains(be), let next, next.isWord else { return nil }
            if next.lower == "about" { return context.replacement(of: word, with: adjective) }
            if next.lower == "by", let cause = context.token(at: next.index + 1), Self.causeDeterminers.contains(cause)
            {
                return context.replacement(of: word, with: adjective)
            }
            if next.lower == "with", Self.resultFeelings.contains(word) {
                return context.replacement(of: word, with: adjective)
            }
            if word.lower == "scary", next.lower == "of" { return context.replacement(of: word, with: adjective) }
            if word.lower == "interesting", next.lower == "in" || next.lower == "of",
                let object = context.token(at: next.index + 1), object.isWord,
                !Self.notAnInterest.contains(object)
            {
                return context.replacement(of: word, with: adjective)
            }
            return nil
        }
    }
}
