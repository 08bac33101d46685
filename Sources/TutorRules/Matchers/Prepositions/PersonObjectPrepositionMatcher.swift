// "I am writing you" → "writing to you" (preposition.write-to), "she said me" → "said to me"
// or "told me" (preposition.say-to).

import TutorCore

/// A verb that reaches a person only through "to", with the person straight after it: "write
/// to someone", "say something to someone". "Write" also takes two objects ("write you a
/// letter", "write her a song"), so a noun phrase, a number or a particle after the person
/// ("write me back", "write them down") leaves it alone; only what ends the clause or starts
/// another phrase ("write you soon", "write me because …", "writing you to complain") is
/// read as the missing "to". "Her" and "them" before a noun are possessives and things ("say
/// her name", "write them in English"), so they are read only before the end of a clause or
/// "that".
struct PersonObjectPrepositionMatcher: Matcher {
    enum Reading: Sendable {
        /// "write me" → "write to me".
        case write
        /// "said me" → "said to me", or "told me" before a clause, "that", a question word or "to".
        case say
    }

    let reading: Reading

    /// With "writting", the commonest misspelling of "writing", which the spelling rule puts
    /// right on its own ("I am writting you" needs both).
    private static let writeForms: WordSet = ["write", "writes", "wrote", "written", "writing", "writting"]
    /// Each form of "say" and the same form of "tell".
    private static let sayForms: WordMap<String> = [
        "say": "tell", "says": "tells", "said": "told", "saying": "telling",
    ]
    /// Person pronouns that are never a possessive or a thing.
    private static let persons: WordSet = ["me", "you", "him", "us"]
    /// Pronouns that may also be a possessive ("her") or things ("them").
    private static let ambiguousPersons: WordSet = ["her", "them"]
    /// Words that start a second object ("write you a letter", "write her some lines").
    private static let objectStarters: WordSet = [
        "a", "an", "the", "this", "these", "those", "my", "your", "his", "her", "its", "our", "their", "some",
        "any", "no", "each", "another", "one", "two", "three", "few", "many", "several", "all", "something",
        "anything", "everything", "nothing", "what", "more", "lots", "long", "short",
    ]
    /// Particles and adverbs of a phrasal verb ("write me back", "write them down"). Not
    /// "again": "write you again" is the person and the time ("write them again", things, is
    /// left alone because "them" is read as a person only before a clause's end).
    private static let particles: WordSet = ["back", "down", "up", "off", "out", "in", "over", "it"]
    /// Words after the person that end the object: a clause or a phrase starts ("write you
    /// because …", "write me about it", "write you soon").
    private static let phraseStarters: WordSet = [
        "because", "as", "to", "about", "from", "with", "for", "on", "at", "in", "and", "but", "or", "so", "if",
        "when", "while", "before", "after", "soon", "today", "tomorrow", "later", "now", "again", "once", "more",
        "often", "every", "that", "how", "why", "where", "whether", "immediately", "please", "too", "yet",
        "already", "regularly", "sometimes", "since", "last", "next", "this", "concerning", "regarding",
    ]
    /// Words after "said me" that start what was said: a clause or a quotation.
    private static let clauseOpeners: WordSet = [
        "that", "what", "why", "how", "where", "when", "who", "whether", "if", "i", "you", "he", "she", "we",
        "they", "it", "there", "to",
    ]

    /// Words after "say me" that start a thing told: "tell you this", "told me something",
    /// "told me about it", "told me the truth", "told me so".
    private static let thingStarters: WordSet = [
        "this", "these", "something", "anything", "everything", "nothing", "about", "so", "the", "a", "an", "my",
        "your", "his", "our", "their", "some", "many", "lots",
    ]
    /// Words after "say me" where no "to" is wanted: "said me and my sister …" (the person
    /// starts what was said), "say me again" ("say it again").
    private static let sayLeaves: WordSet = ["and", "or", "again"]

    var triggerWords: Set<String>? {
        switch reading {
        case .write: Set(Self.writeForms)
        case .say: ["say", "says", "said", "saying"]
        }
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for verb in context.tokens where verb.isWord {
            switch reading {
            case .write:
                // "Write me soon!", "Please write me.": the imperative "write me" is everyday
                // (American) English; only a verb with its subject or auxiliary before it
                // ("I am writing you", "she wrote him") is read.
                guard Self.writeForms.contains(verb), !isImperative(verb, in: context),
                    let person = context.token(at: verb.index + 1),
                    person.isWord, isPerson(person, in: context), !startsSecondObject(after: person, in: context)
                else { continue }
                matches.append(insertion(of: "to", before: person, after: verb, in: context))
            case .say:
                guard let tell = Self.sayForms[verb], let person = context.token(at: verb.index + 1),
                    person.isWord, isPerson(person, in: context)
                else { continue }
                let next = context.token(at: person.index + 1)
                // "said me and my sister can come": the person starts what was said; "say me
                // again": "say it again" is meant. Neither takes "to".
                if let next, next.isWord, Self.sayLeaves.contains(next) { continue }
                // "say you this", "said me something", "said me about it": a thing told, which
                // "tell" takes after the person ("say to you this" is wrong).
                let thing = next.map { $0.isWord && Self.thingStarters.contains($0.lower) } ?? false
                // "say him hello", "said me goodbye": a greeting said to someone, not a clause.
                if !thing, let next, next.isWord, !Self.clauseOpeners.contains(next),
                    !Self.phraseStarters.contains(next)
                {
                    continue
                }
                let saidTo = verb.text + " " + (verb.isAllCaps ? "TO" : "to") + " " + person.text
                let told = (verb.isCapitalized ? tell.capitalizedFirst : tell) + " " + person.text
                // "said me that …", "said me I am good", "said me to wait": a report, a clause
                // or an order is what "tell" is for ("said to me to wait" is wrong), and so is a
                // thing told; "said to me" only where none follows ("said me, …", "said us: …").
                let reported = thing || (next.map { $0.isWord && Self.clauseOpeners.contains($0.lower) } ?? false)
                var match = Match(
                    span: context.span(from: verb, to: person),
                    suggestions: reported ? [told] : [saidTo, told])
                match.message = LocalizedText(
                    en: "We say something to someone, or tell someone: '{correction}'.",
                    ko: "'say'는 사람을 바로 받지 못해요. 'say to 사람'이나 'tell 사람'으로 써요: '{correction}'.")
                matches.append(match)
            }
        }
        return matches
    }

    /// Whether "write" is an imperative: the base form first in its sentence, or after
    /// "please", "do", "just" or "don't" ("Please write me", "Do write me").
    private func isImperative(_ verb: Token, in context: AnalysisContext) -> Bool {
        guard verb.lower == "write" else { return false }
        var index = verb.index - 1
        while let word = context.token(at: index), word.isWord,
            ["please", "do", "just", "don't", "dont", "then", "so", "and"].contains(word)
        {
            index -= 1
        }
        guard let before = context.token(at: index) else { return true }
        return !before.isWord
    }

    /// Whether the word is a person the verb speaks to: "me", "you", "him", "us" always; "her"
    /// and "them" only where no noun follows ("say her name", "write them in English").
    private func isPerson(_ word: Token, in context: AnalysisContext) -> Bool {
        if Self.persons.contains(word) { return true }
        guard Self.ambiguousPersons.contains(word) else { return false }
        guard let next = context.token(at: word.index + 1) else { return true }
        return !next.isWord || ["that", "because", "about", "soon"].contains(next)
    }

    /// Whether a second object (or a particle) follows the person: "write you a letter",
    /// "write her long emails", "write me back". The words first, the tag only when they do
    /// not tell.
    private func startsSecondObject(after person: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: person.index + 1) else { return false }
        if next.kind == .number { return true }
        guard next.isWord else { return false }
        if Self.objectStarters.contains(next) || Self.particles.contains(next) { return true }
        if Self.phraseStarters.contains(next) { return false }
        let tag = context.tag(at: next.index)
        return tag.hasPrefix("NN") || tag.hasPrefix("JJ") || tag == "CD" || tag == "RP" || tag == "DT"
            || tag == "PRP$"
    }

    private func insertion(of preposition: String, before person: Token, after verb: Token, in context: AnalysisContext)
        -> Match
    {
        var match = context.insertion(verb.isAllCaps ? preposition.uppercased() : preposition, before: person)
        match.message = LocalizedText(
            en: "We write to someone: '{correction}'.",
            ko: "누군가에게 글을 쓸 때는 'write to 사람'이라고 해요: '{correction}'.")
        return match
    }
}
