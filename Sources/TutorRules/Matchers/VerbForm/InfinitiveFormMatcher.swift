// "I want to went" → "to go" (verb-form.after-to).

import TutorCore

/// "I want to went" → "to go": after a verb that takes "to" and a verb, the verb is bare.
struct InfinitiveFormMatcher: Matcher {
    let lists: WordLists

    /// Governors after which "to" may be a preposition taking an -ing form.
    static let takesToAndIng: WordSet = [
        "used", "agree", "object", "admit", "look", "get", "like", "love", "hate", "prefer", "start", "begin", "appear",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for to in context.tokens where to.lower == "to" {
            guard let governor = context.token(at: to.index - 1), governor.isWord,
                let verb = context.token(at: to.index + 1), verb.isWord
            else { continue }
            // The governor's few bases are looked up in the lists (not the lists' words in a set
            // of them, which hashed every verb of the list for each "to").
            let governorBases = context.lexicon.verbReadings(of: governor).map(\.base) + [governor.lower]
            let infinitiveVerbs = lists["infinitive-verbs"]
            guard governorBases.contains(where: infinitiveVerbs.contains) else { continue }
            let readings = context.lexicon.verbReadings(of: verb)
            // "want to staying" → "stay"; but "used to staying", "agree to paying" are right.
            let ingIsWrong = !governorBases.contains(where: Self.takesToAndIng.contains)
            guard !readings.isEmpty,
                !readings.contains(where: { $0.kind == .base || ($0.kind == .presentParticiple && !ingIsWrong) }),
                let reading = readings.first(where: {
                    $0.kind == .past || $0.kind == .thirdPerson || ($0.kind == .presentParticiple && ingIsWrong)
                }),
                reading.base != "be", let forms = context.lexicon.verb(reading.base), forms.frequency >= 5,
                context.lexicon.nounUse(of: verb.lower) <= forms.frequency * 2
            else { continue }
            matches.append(context.replacement(of: verb, with: forms.base))
        }
        return matches
    }
}
