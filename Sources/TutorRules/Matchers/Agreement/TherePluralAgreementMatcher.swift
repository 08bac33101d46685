// "There is some problems" → "There are some problems" (agreement.there-plural).

import TutorCore

/// "there is/was" (or "there's") before a noun phrase whose head is a plural ("problems", or
/// "discounts", a plural of a word that is also a verb): the verb agrees with that phrase, so
/// "is" becomes "are" and "was" "were". The phrase must follow the verb at once (or after
/// "not", "also", "still", "always", "only", or "about" before a number) and hold no word that
/// makes it one thing ("a", "one", "each", "every", "this", "much"). After "a lot of", "lots of"
/// and "plenty of" the verb agrees with the noun that follows them ("There is a lot of people"
/// → "There are"; "there is a lot of traffic" stays; a singular the a-lot-of rule makes plural,
/// "there is a lot of car", takes "are" too); other group and quantity heads ("there
/// is a couple of") and plural-looking names of one thing ("there is good news") are left
/// alone.
struct TherePluralAgreementMatcher: Matcher {
    let lists: WordLists

    private static let plural: WordMap<String> = [
        "is": "are", "was": "were", "'s": "are", "isn't": "aren't", "wasn't": "weren't", "there's": "there are",
    ]
    private static let between: WordSet = [
        "not", "also", "still", "always", "only", "n't", "about", "around", "nearly", "almost", "approximately",
    ]
    /// "There is no lessons": the learner as often means one thing ("no lesson").
    private static let singularWords: WordSet = [
        "no", "a", "an", "one", "each", "every", "this", "that", "another", "much", "little", "either", "neither",
    ]

    /// The rule that makes a singular noun after "a lot of" plural, asked only after "there
    /// is a lot of".
    private let aLotOf: PluralAfterPhraseMatcher

    init(lists: WordLists) {
        self.lists = lists
        aLotOf = PluralAfterPhraseMatcher(lists: lists, phrase: .aLotOf)
    }

    var triggerWords: Set<String>? { ["there", "there's"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { verb -> Match? in
            guard let replacement = Self.plural[verb] else { return nil }
            let verbIsThere = verb.lower == "there's"
            guard verbIsThere || context.token(at: verb.index - 1)?.lower == "there" else { return nil }
            let thereIndex = verbIsThere ? verb.index : verb.index - 1
            if context.tag(at: thereIndex) != "EX" { return nil }
            var start = verb.index + 1
            while let token = context.token(at: start), Self.between.contains(token) { start += 1 }
            let quantity = quantityLength(at: start, in: context)
            start += quantity
            // The phrase that starts right there, and its head.
            var head = start
            while let token = context.token(at: head), context.nounPhrase(headedBy: head)?.start != start {
                guard token.isWord || token.kind == .number, head - start < 5 else { return nil }
                head += 1
            }
            guard let noun = context.token(at: head) else { return nil }
            // "There is a lot of car": noun-number.a-lot-of makes it "cars", and the verb
            // follows, so the taught sentence is "there are a lot of cars", not "there is".
            if quantity > 0, context.tag(at: head) != "NNS" {
                let pluralised = aLotOf.matches(in: context).contains { $0.span == noun.span }
                return pluralised ? context.replacement(of: verb, with: replacement) : nil
            }
            guard context.tag(at: head) == "NNS", !noun.isCapitalized,
                !(start...head).contains(where: { Self.singularWords.contains(context.token(at: $0)?.lower ?? "") }),
                !PossessivePluralAgreementMatcher.singularInMeaning.contains(noun),
                !lists["collective-nouns"].contains(noun), !lists["quantity-nouns"].contains(noun),
                !["lots", "loads", "plenty"].contains(noun),
                PluralNoun.isPlural(noun.lower, lexicon: context.lexicon)
            else { return nil }
            return context.replacement(of: verb, with: replacement)
        }
    }

    /// How many words "a lot of", "lots of" or "plenty of" takes up at `index` (0 when none
    /// starts there): a quantity the verb does not agree with, as the noun after it says how
    /// many there are.
    private func quantityLength(at index: Int, in context: AnalysisContext) -> Int {
        let word = { (offset: Int) in context.token(at: index + offset)?.lower ?? "" }
        if word(0) == "a", word(1) == "lot", word(2) == "of" { return 3 }
        if ["lots", "plenty"].contains(word(0)), word(1) == "of" { return 2 }
        return 0
    }
}
