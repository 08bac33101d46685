// "interested in learn" → "interested in learning", "before go" → "before going"
// (verb-form.after-preposition).

import TutorCore

/// A base-form verb straight after a preposition: a verb there is its object, and an object
/// verb takes -ing ("for listening", "without saying", "instead of taking").
///
/// The word must be a verb's base form in the lexicon and read as a verb by the tagger, and
/// the word-pair counts must list "PREPOSITION -ing" as a common pair and "PREPOSITION base"
/// as a far rarer one, so that a word that is also a noun keeps its noun reading where
/// English uses one ("for help", "in love", "at work", "after school"). "To" is left out (it
/// is also the infinitive's marker), and so are "but", "except", "than" and "like", which may
/// join two bare verbs ("do nothing but sleep", "rather than drive"). Left alone too: "about"
/// after a form of "be" (the learner meant "about to"), "kind of"/"sort of" before a verb (an
/// adverb: "I kind of want"), "let's" / "let us", a verb that makes a noun with the next word
/// ("make-up", "make up" for "makeup"), a subject pronoun after the verb ("after wear they…"
/// for "where"), and a verb after a relative clause that ends in the preposition ("the shop
/// we talked about sells…"). A word with "me", "him", "us" or "them" after it is a verb
/// whatever the counts say ("thank you for help me"). After "for", only thanks, apologies and adjectives take it
/// ("thank you for wait", "good for relax"); elsewhere "for" + a verb is a purpose, and the
/// fix is "to": the matcher made with `purposeFor` finds those ("I went there for buy bread" →
/// "to buy", verb-form.for-purpose) and no other.
struct PrepositionVerbFormMatcher: Matcher {
    /// Whether this matcher finds "for" + a bare verb of purpose, to be "to" + the verb,
    /// instead of a bare verb after a preposition, to take -ing.
    let purposeFor: Bool

    init(purposeFor: Bool = false) {
        self.purposeFor = purposeFor
    }

    private static let prepositions: WordSet = [
        "for", "of", "about", "without", "before", "after", "by", "in", "on", "at", "from", "into", "with",
        "besides", "despite",
    ]
    /// How much more common "PREPOSITION -ing" must be than "PREPOSITION base" in print, as
    /// log10 × 100 of the ratio (five times).
    private static let minimumRatio = 70

    var triggerWords: Set<String>? { purposeFor ? ["for"] : Set(Self.prepositions) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for preposition in context.tokens
        where preposition.isWord && (purposeFor ? preposition.lower == "for" : Self.prepositions.contains(preposition))
        {
            if purposeFor, let match = purposeGerund(after: preposition, in: context) {
                matches.append(match)
                continue
            }
            // The words first, the tags last (tagging is most of the analyser's time).
            guard let verb = context.token(at: preposition.index + 1), verb.isWord, !verb.isCapitalized,
                let forms = context.lexicon.verb(verb.lower), forms.base == verb.lower,
                forms.presentParticiple != verb.lower,
                !leftAlone(preposition, verb, in: context),
                takesPersonObject(verb, in: context)
                    || (isMuchRarer(verb.lower, than: forms.presentParticiple, after: preposition.lower, in: context)
                        && readsAsVerb(verb, in: context)),
                purposeFor
                    ? !followsThanksOrAdjective(preposition, in: context)
                    : preposition.lower != "for" || followsThanksOrAdjective(preposition, in: context),
                !endsRelativeClause(preposition, in: context)
            else { continue }
            if purposeFor {
                let to = preposition.isAllCaps ? "TO" : preposition.isCapitalized ? "To" : "to"
                matches.append(
                    Match(span: context.span(from: preposition, to: verb), suggestions: [to + " " + verb.text]))
                continue
            }
            var match = context.replacement(of: verb, with: forms.presentParticiple)
            match.message = LocalizedText(
                en: "After '\(preposition.lower)', a verb takes -ing: '{correction}'.",
                ko: "전치사 '\(preposition.lower)' 뒤에 오는 동사는 -ing 형태로 써요: '{correction}'.")
            matches.append(match)
        }
        return matches
    }

    private func leftAlone(_ preposition: Token, _ verb: Token, in context: AnalysisContext) -> Bool {
        let before = context.token(at: preposition.index - 1)?.lower ?? ""
        let after = context.token(at: verb.index + 1)?.lower ?? ""
        if preposition.lower == "about", FunctionWords.beForms.contains(before) { return true }
        if preposition.lower == "of", ["kind", "sort"].contains(before) { return true }
        if verb.lower == "let", ["'s", "us"].contains(after) { return true }
        // "make-up", "take-away", "make up" for "makeup": a compound noun.
        if after == "-" { return true }
        // "After wear they…" ("where"): a subject right after it, so no verb object.
        if ["i", "he", "she", "we", "they"].contains(after) { return true }
        if let next = context.token(at: verb.index + 1), next.isWord,
            context.lexicon.noun(singular: verb.lower + next.lower) != nil
        {
            return true
        }
        return false
    }

    /// "the people you are shopping with get lost": the preposition ends a relative clause
    /// (a subject pronoun shortly before it, right after a noun or a relative word), and the
    /// verb after it is the main clause's, not the preposition's object.
    private func endsRelativeClause(_ preposition: Token, in context: AnalysisContext) -> Bool {
        for offset in 2...4 {
            guard let word = context.token(at: preposition.index - offset), word.isWord else { return false }
            guard FunctionWords.subjectPronouns.contains(word) else { continue }
            guard let before = context.token(at: word.index - 1), before.isWord else { return false }
            return ["that", "who", "whom", "which"].contains(before)
                || context.tag(at: before.index).hasPrefix("NN")
        }
        return false
    }

    /// "For" + a bare verb is most often a purpose the learner meant as "to" ("I came for see
    /// him" → "to see"), where -ing would not be the fix; it is the object of "for" after
    /// thanks, an apology or an adjective ("thank you for wait", "sorry for be late", "good
    /// for relax").
    func followsThanksOrAdjective(_ preposition: Token, in context: AnalysisContext) -> Bool {
        for offset in 1...2 {
            if let word = context.token(at: preposition.index - offset), Self.thanks.contains(word) {
                return true
            }
        }
        return context.tag(at: preposition.index - 1).hasPrefix("JJ")
    }

    private static let thanks: WordSet = [
        "thank", "thanks", "thanked", "thanking", "sorry", "apologize", "apologise", "apologized", "apologised",
        "apologizing", "apologising", "forgive", "excuse",
    ]

    /// Whether "PREPOSITION -ing" is a common pair in print (listed: over about 6.4 million
    /// uses) and "PREPOSITION base" much rarer: unlisted, or listed at least five times less
    /// often (the table holds log10 × 100 of the counts). A common -ing pair also keeps off a
    /// misspelt noun that happens to be a verb ("in tend" for "in a tent", "in bet" for "bed").
    private func isMuchRarer(_ base: String, than ing: String, after preposition: String, in context: AnalysisContext)
        -> Bool
    {
        let ngrams = context.lexicon.ngrams
        guard let ingCount = ngrams.count(preposition, ing) else { return false }
        guard let baseCount = ngrams.count(preposition, base) else { return true }
        return ingCount - baseCount >= Self.minimumRatio
    }

    /// Whether "me", "him", "us" or "them" follows the word: a noun never takes one, so a word
    /// that is also a common noun after the preposition ("for help", "in love") is a verb here
    /// ("thank you for help me").
    private func takesPersonObject(_ verb: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: verb.index + 1), next.isWord else { return false }
        return Self.objectPronouns.contains(next)
    }

    private static let objectPronouns: WordSet = ["me", "him", "us", "them"]

    /// Whether the tagger reads the word as a verb. After a preposition a bare verb is rare in
    /// the treebank, so the tagger often calls it "VBP", or an adjective or "-ing" form it
    /// cannot be; those count when the lexicon knows the word as no adjective and mostly not a
    /// noun. A noun tag never counts ("by bus", "on show").
    private func readsAsVerb(_ verb: Token, in context: AnalysisContext) -> Bool {
        switch context.tag(at: verb.index) {
        case "VB", "VBP": true
        case "JJ", "VBG", "VBD", "VBN":
            !context.lexicon.isAdjective(verb) && !context.lexicon.isMainlyNoun(verb)
        default: false
        }
    }
}
