// "my mom birthday" → "my mom's birthday" (possessive.missing-s).

import TutorCore

/// A person after "my", "your" and the like, then straight away a thing a person has or an
/// occasion of theirs, with no "'s" between: "my mom birthday" → "my mom's birthday", "her
/// sister wedding" → "her sister's wedding". Korean joins the two with no mark ("엄마 생일"),
/// and English needs "'s". Both words from closed lists, so that a compound ("my family
/// name", "my school bag") or a verb ("my friend phone me", "my mom cooking dinner") is never
/// read as a possessive.
struct MissingPossessiveMatcher: Matcher {
    /// People of one's family and circle, singular.
    private static let people: WordSet = [
        "mom", "mum", "dad", "mother", "father", "sister", "brother", "friend", "aunt", "uncle", "grandmother",
        "grandfather", "grandma", "grandpa", "cousin", "wife", "husband", "son", "daughter", "boyfriend",
        "girlfriend", "roommate", "boss", "neighbor", "neighbour",
    ]
    /// What such a person has or holds: a day, a home, a thing of their own.
    private static let belongings: WordSet = [
        "birthday", "wedding", "funeral", "house", "apartment", "room", "car", "name", "job", "office",
        "restaurant", "bag", "wallet", "laptop", "idea", "dog", "cat", "hometown",
    ]

    var triggerWords: Set<String>? { Set(Self.people) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { person -> Match? in
            guard Self.people.contains(person), person.text == person.lower,
                let owner = context.token(at: person.index - 1), FunctionWords.possessives.contains(owner),
                let thing = context.token(at: person.index + 1), Self.belongings.contains(thing),
                thing.text == thing.lower
            else { return nil }
            return context.replacement(of: person, with: person.lower + "'s")
        }
    }
}
