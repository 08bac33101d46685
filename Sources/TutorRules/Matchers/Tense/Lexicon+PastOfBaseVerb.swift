// The past form the tense rules put for a verb written in its base form.

extension Lexicon {
    /// The past form of `word` when it reads only as a verb's base form (not also a past or a
    /// participle), the verb is common enough to trust, and the word is not mostly a noun ("we
    /// picnic"); nil for anything unsure. Shared by the past-story and past-clause rules.
    /// Right after its subject (`afterSubject`), a word that is also a participle ("run",
    /// "come", "become") can only be the present there ("we run away"): it counts then.
    func pastOfBaseVerb(_ word: String, afterSubject: Bool = false) -> String? {
        let readings = verbReadings(of: word)
        guard readings.contains(where: { $0.kind == .base }),
            !readings.contains(where: { $0.kind == .past || (!afterSubject && $0.kind == .pastParticiple) }),
            let forms = verb(word), forms.frequency >= 5
        else { return nil }
        if let noun = noun(singular: word), noun.frequency > forms.frequency * 2 { return nil }
        return forms.past
    }
}
