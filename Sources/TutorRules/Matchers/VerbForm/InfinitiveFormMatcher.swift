// "I want to went" → "to go" (verb-form.after-to); "I was happy to received" → "to receive",
// "glad to hearing" → "to hear" (verb-form.to-infinitive).

import TutorCore

/// "I want to went" → "to go": after a verb that takes "to" and a verb, the verb is bare.
///
/// Made with `anyGovernor`, it finds an -ing form after a word whose "to" always starts an
/// infinitive ("nice to hearing from you", "in order to describing", "I would prefer to
/// staying"), and a regular past form (one that is also the participle:
/// "received", "spent", "told") after any other "to" ("I was happy to received your letter",
/// "in order to informed you", "how to spent our free time"): such a "to" is the infinitive's
/// whenever the word after the verb starts its object or a phrase of its own. It stays silent
/// where "to" may be a preposition before a participle that describes a noun ("due to
/// increased demand", "compared to fried food"): a noun or an adjective after the verb, a word
/// the lexicon also knows as an adjective unless an object follows it ("from tired to
/// exhausted"), "look forward to", "be to", a "from" just before ("from bad to worse").
struct InfinitiveFormMatcher: Matcher {
    let lists: WordLists
    /// Whether the matcher finds a past form after a "to" of any governor but the listed verbs,
    /// instead of any wrong form after a listed verb.
    var anyGovernor = false

    /// Governors after which "to" may be a preposition taking an -ing form.
    static let takesToAndIng: WordSet = [
        "used", "agree", "object", "admit", "look", "get", "like", "love", "hate", "prefer", "start", "begin", "appear",
    ]

    var triggerWords: Set<String>? { ["to"] }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for to in context.tokens where to.lower == "to" {
            guard let verb = context.token(at: to.index + 1), verb.isWord else { continue }
            if anyGovernor {
                if let match = pastAfterTo(to, verb, in: context) { matches.append(match) }
                continue
            }
            guard let governor = context.token(at: to.index - 1), governor.isWord else { continue }
            let governorBases = Self.bases(of: governor, in: context)
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

    /// The word before "to" and its verbs' bases ("wanted" → "want"), to look up in the lists
    /// (not the lists' words in a set of them, which hashed every verb of a list for each "to").
    private static func bases(of governor: Token, in context: AnalysisContext) -> [String] {
        context.lexicon.verbReadings(of: governor).map(\.base) + [governor.lower]
    }

    /// Words before "to" that make it a preposition, or a "to" this rule does not read: "look
    /// forward to", "the plan is to", "busy to" (for "busy with").
    private static let prepositionalBefore: WordSet = [
        "forward", "busy", "due", "according", "addition", "compared", "prior", "thanks", "next", "close", "similar",
        "contrary", "opposed", "related", "devoted", "committed", "dedicated", "addicted", "key", "access", "from",
    ]

    /// Words that start a verb's object or a phrase after it: after them the verb cannot be a
    /// participle describing a noun ("to received your letter", "to informed you").
    private static let objectStarts: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "me",
        "you", "him", "us", "them", "it", "some", "any", "all", "every", "each", "no",
    ]

    /// Words before "to" that always start an infinitive, never a preposition's object: "nice
    /// to hearing from you" → "hear", "in order to describing" → "describe", "I would prefer to
    /// staying" → "stay" ("prefer walking to driving" has the -ing before "to").
    private static let infinitiveOnlyBefore: WordSet = [
        "glad", "happy", "pleased", "delighted", "grateful", "lucky", "sorry", "sad", "nice", "order",
        "how", "wait", "waiting", "able", "ready", "willing", "eager", "permitted", "allowed", "writing", "like",
        "likes", "liked", "love", "loves", "loved", "hate", "hates", "hated", "prefer", "prefers", "preferred",
    ]

    /// "glad to hearing" → "hear": an -ing form after a word whose "to" always starts an
    /// infinitive (verb-form.after-to leaves "like to" and "prefer to" alone, as their "to"
    /// may be a preposition, "I prefer walking to driving").
    private func ingAfterTo(_ to: Token, _ verb: Token, in context: AnalysisContext) -> Match? {
        // A rare -ing word is more likely a slip for another word than the verb meant ("to
        // surging" for "surfing"): common ones only (Zipf 3.5).
        guard verb.lower.hasSuffix("ing"), let governor = context.token(at: to.index - 1), governor.isWord,
            Self.infinitiveOnlyBefore.contains(governor), context.lexicon.usage(of: verb) >= 350
        else { return nil }
        let readings = context.lexicon.verbReadings(of: verb)
        guard !readings.isEmpty, readings.allSatisfy({ $0.kind == .presentParticiple }),
            let reading = readings.first, reading.base != "be",
            let forms = context.lexicon.verb(reading.base), forms.frequency >= 5,
            context.lexicon.nounUse(of: verb.lower) <= forms.frequency * 2
        else { return nil }
        // "I would like to swimming lessons": an -ing noun before a noun describes it; the
        // learner left a verb out ("to take swimming lessons").
        if let next = context.token(at: verb.index + 1), next.isWord, !lists["function-words"].contains(next),
            context.lexicon.noun(singular: next) != nil || context.lexicon.noun(plural: next) != nil,
            context.tag(at: verb.index).hasPrefix("NN")
        {
            return nil
        }
        return context.replacement(of: verb, with: verb.isAllCaps ? forms.base.uppercased() : forms.base)
    }

    /// "happy to received your letter" → "receive": a regular past after a "to" of no listed verb.
    private func pastAfterTo(_ to: Token, _ verb: Token, in context: AnalysisContext) -> Match? {
        // The words first: most words after "to" are no past form.
        guard !verb.isCapitalized || verb.isAllCaps else { return nil }
        if let match = ingAfterTo(to, verb, in: context) { return match }
        let readings = context.lexicon.verbReadings(of: verb)
        guard !readings.isEmpty, readings.allSatisfy({ $0.kind == .past || $0.kind == .pastParticiple }),
            let past = readings.first(where: { $0.kind == .past }),
            readings.contains(where: { $0.kind == .pastParticiple && $0.base == past.base }), past.base != "be",
            let forms = context.lexicon.verb(past.base), forms.frequency >= 5
        else { return nil }
        if let governor = context.token(at: to.index - 1), governor.isWord {
            let governorBases = Self.bases(of: governor, in: context)
            // A listed verb's "to" is verb-form.after-to's.
            if governorBases.contains(where: lists["infinitive-verbs"].contains) { return nil }
            if FunctionWords.beForms.contains(governor) || Self.prepositionalBefore.contains(governor) { return nil }
        }
        // "from bad to worse", "from 9 to 5": a "from" shortly before makes "to" a preposition.
        for offset in 2...4 {
            guard let word = context.token(at: to.index - offset), word.isWord else { break }
            if word.lower == "from" { return nil }
        }
        guard let next = context.token(at: verb.index + 1) else { return nil }
        if context.lexicon.isAdjective(verb) {
            // "from tired to exhausted", "close to finished": only before its object.
            guard next.isWord, Self.objectStarts.contains(next) else { return nil }
        } else if next.isWord, !lists["function-words"].contains(next), !next.isCapitalized,
            context.lexicon.noun(singular: next) != nil || context.lexicon.noun(plural: next) != nil
                || context.lexicon.isAdjective(next)
        {
            // "compared to added sugar": a participle describing the noun after it.
            return nil
        }
        return context.replacement(of: verb, with: verb.isAllCaps ? forms.base.uppercased() : forms.base)
    }
}
