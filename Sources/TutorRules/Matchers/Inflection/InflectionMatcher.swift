// Regular endings put on words that inflect differently: "familys", "varys", "choosed".

import TutorCore

/// Finds a word that no dictionary knows but that is a known word with a regular ending
/// added the regular way where English does it differently, and gives the real form:
/// plurals ("familys" → "families", "childs" → "children"; "childrens" → "children", a plural
/// with an -s added), third-person verbs ("varys" →
/// "varies"), and past forms of verbs ("choosed" → "chose", or "chosen" after "have" or
/// "be"; "stoped" → "stopped").
///
/// A word that is also the misspelling of something else cannot come here: the form built
/// must differ from the word, and the word itself must be unknown to the dictionaries.
struct InflectionMatcher: Matcher {
    enum Kind: Sendable {
        /// "familys" → "families" (inflection.noun-plural), "choosed" → "chose"
        /// (inflection.verb), "childrens" → "children": an -s on a plural already
        /// (inflection.double-plural).
        case noun, verb, doublePlural
    }

    let kind: Kind

    func matches(in context: AnalysisContext) -> [Match] {
        // Rare words only: a word the frequency table holds is spelt right.
        context.rareWords.compactMap { token -> Match? in
            let word = token.lower
            // A word typed long ("yesss", "nooo") is chat style, not an ending added.
            guard token.text == word, word.utf8.count >= 4, word.isLowercaseASCIIWord, !context.lexicon.knows(word),
                !context.lexicon.isSpeltRight(word), !SpellingMatcher.isDrawnOut(word),
                let form = form(of: word, token, context)
            else { return nil }
            return Match(span: token.span, suggestions: [form])
        }
    }

    private func form(of word: String, _ token: Token, _ context: AnalysisContext) -> String? {
        switch kind {
        case .noun: plural(of: word, context.lexicon)
        case .verb: verbForm(of: word, token, context)
        case .doublePlural: pluralWithoutS(word, context.lexicon)
        }
    }

    /// "childrens" → "children", "womens" → "women": an irregular plural with "s" added.
    private func pluralWithoutS(_ word: String, _ lexicon: Lexicon) -> String? {
        guard word.hasSuffix("s") else { return nil }
        let plural = String(word.dropLast())
        guard let noun = lexicon.noun(plural: plural), noun.singular != plural, !plural.hasSuffix("s") else {
            return nil
        }
        return plural
    }

    /// "familys" → "families": the word is a noun plus "s" or "es", and the noun's plural is another word.
    private func plural(of word: String, _ lexicon: Lexicon) -> String? {
        for stem in Self.stems(of: word, endings: ["s", "es"]) {
            if let noun = lexicon.noun(singular: stem), noun.plural != word, noun.plural != stem,
                lexicon.isMainlyNoun(stem)
            {
                return noun.plural
            }
        }
        return nil
    }

    /// "varys" → "varies", "choosed" → "chose"/"chosen", "stoped" → "stopped".
    private func verbForm(of word: String, _ token: Token, _ context: AnalysisContext) -> String? {
        let lexicon = context.lexicon
        for stem in Self.stems(of: word, endings: ["s", "es"], undoingDoubled: false) {
            if let verb = lexicon.verb(stem), verb.thirdPerson != word, !lexicon.isMainlyNoun(stem) {
                return verb.thirdPerson
            }
        }
        for stem in Self.stems(of: word, endings: ["ed", "d"]) {
            guard let verb = lexicon.verb(stem), verb.past != word, verb.pastParticiple != word else { continue }
            return afterHaveOrBe(token, context) ? verb.pastParticiple : verb.past
        }
        return nil
    }

    /// Whether "have" or "be" (or "get") comes just before, adverbs aside: the participle's place.
    private func afterHaveOrBe(_ token: Token, _ context: AnalysisContext) -> Bool {
        var index = token.index - 1
        while let previous = context.token(at: index), previous.isWord,
            FunctionWords.frequencyAdverbs.contains(previous) || previous.lower == "not"
        {
            index -= 1
        }
        guard let previous = context.token(at: index), previous.isWord else { return false }
        return FunctionWords.beForms.contains(previous) || Self.haveAndGet.contains(previous)
    }

    private static let haveAndGet: WordSet = [
        "have", "has", "had", "having", "'ve", "'d", "get", "gets", "got", "getting",
    ]

    /// The word without one of `endings`, also undoing a doubled last consonant ("stopped"
    /// → "stop") — every way of reading it, longest stem first. A doubled consonant before
    /// "-s" or "-es" is no ending's ("meannes" is "meanness", not "means"): `undoingDoubled`
    /// false leaves it.
    static func stems(of word: String, endings: [String], undoingDoubled: Bool = true) -> [String] {
        var stems: [String] = []
        for ending in endings where word.hasSuffix(ending) && word.count > ending.count + 1 {
            let stem = String(word.dropLast(ending.count))
            stems.append(stem)
            if undoingDoubled, let last = stem.last, stem.dropLast().last == last, !"aeiou".contains(last) {
                stems.append(String(stem.dropLast()))
            }
        }
        return stems
    }
}
