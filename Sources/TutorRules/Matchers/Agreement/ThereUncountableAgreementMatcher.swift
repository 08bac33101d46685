// "There are a lot of water" → "There is a lot of water", "Here are the information" → "Here is"
// (agreement.there-uncountable).

import TutorCore

/// "there are/were" before a quantity ("a lot of", "lots of", "plenty of", "some", "much", "no")
/// and a noun people do not count: the verb agrees with the noun, which is singular, so "are"
/// becomes "is" and "were" "was". The other side of agreement.there-plural, which makes "there
/// is a lot of people" "there are".
///
/// "Here" or "below" opening a clause works the same way, before "the" as well ("Here are the
/// information you asked for" → "Here is"; "Below are some advice" → "Below is").
///
/// Only a noun the uncountable list or wordlists/mass-nouns.txt holds, or one of a few everyday
/// substances and weather words, tagged singular, heading its phrase ("a lot of water bottles"
/// stays) and not joined to another noun by "and" or "or" ("some water and snacks").
struct ThereUncountableAgreementMatcher: Matcher {
    let lists: WordLists

    private static let singular: WordMap<String> = [
        "are": "is", "were": "was", "aren't": "isn't", "weren't": "wasn't",
    ]
    private static let between: WordSet = ["not", "also", "still", "always", "only", "n't"]
    /// The words that point at what follows as "there" does, when they open a clause.
    private static let pointing: WordSet = ["here", "below"]
    /// Nouns learners use uncountably that the uncountable list leaves out, as their plurals
    /// exist in other senses ("waters", "foods").
    private static let everydayMass: WordSet = [
        "water", "snow", "rain", "milk", "juice", "food", "noise", "smoke", "dust", "sand", "fog", "wind",
        "meat", "soup", "cheese", "air", "oil",
    ]

    init(lists: WordLists) {
        self.lists = lists
    }

    var triggerWords: Set<String>? { ["there", "here", "below"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { verb -> Match? in
            guard let replacement = Self.singular[verb], let place = context.token(at: verb.index - 1) else {
                return nil
            }
            // "there" the pronoun (EX), not "Are they there now?"; "here" or "below" opening its clause.
            let isHere = Self.pointing.contains(place) && context.startsClause(place.index)
            guard place.lower == "there" || isHere else { return nil }
            var start = verb.index + 1
            while let token = context.token(at: start), Self.between.contains(token) { start += 1 }
            let quantity = quantityLength(at: start, in: context, afterHere: isHere)
            // The words first, the tags last: a quantity and an uncountable noun within reach
            // of it, then "there" as the tagger reads it (tagging is most of the analyser's time).
            guard quantity > 0,
                ((start + quantity)...(start + max(quantity, 5))).contains(where: { index in
                    context.token(at: index).map { !$0.isCapitalized && isUncountable($0, in: context) } ?? false
                }),
                isHere || context.tag(at: place.index) == "EX"
            else { return nil }
            // The noun phrase may start at the quantity ("some milk") or after it ("a lot of").
            let phraseStarts = start...(start + quantity)
            var head = start + quantity
            while let token = context.token(at: head),
                !phraseStarts.contains(context.nounPhrase(headedBy: head)?.start ?? -1)
            {
                guard token.isWord, head - start < 5 else { return nil }
                head += 1
            }
            guard let noun = context.token(at: head), !noun.isCapitalized, context.tag(at: head) == "NN",
                isUncountable(noun, in: context)
            else { return nil }
            if let next = context.token(at: head + 1), ["and", "or", "&"].contains(next.lower) { return nil }
            return context.replacement(of: verb, with: replacement)
        }
    }

    private func isUncountable(_ noun: Token, in context: AnalysisContext) -> Bool {
        context.lexicon.isUncountable(noun.lower) || lists["mass-nouns"].contains(noun)
            || Self.everydayMass.contains(noun)
    }

    /// How many words the quantity before the noun takes up at `index` (0 when none starts there).
    /// After "here" or "below", "the" counts too ("here are the information"), as they point
    /// at what follows.
    private func quantityLength(at index: Int, in context: AnalysisContext, afterHere: Bool) -> Int {
        let word = { (offset: Int) in context.token(at: index + offset)?.lower ?? "" }
        if afterHere, ["the", "all"].contains(word(0)) { return word(1) == "the" ? 2 : 1 }
        if word(0) == "a", word(1) == "lot", word(2) == "of" { return 3 }
        if ["so", "too"].contains(word(0)), word(1) == "much" { return 2 }
        if ["lots", "plenty"].contains(word(0)), word(1) == "of" { return 2 }
        if ["some", "much", "no"].contains(word(0)) { return 1 }
        return 0
    }
}
