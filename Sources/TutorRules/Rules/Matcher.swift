// The interface of rule matchers, and the closed-class words and checks several of them share.

/// Finds one rule's pattern in an utterance.
protocol Matcher: Sendable {
    func matches(in context: AnalysisContext) -> [Match]

    /// Words of which an utterance must hold at least one for the matcher to find anything;
    /// nil when it may match any utterance. The analyser runs the matcher only then.
    var triggerWords: Set<String>? { get }
}

extension Matcher {
    var triggerWords: Set<String>? { nil }
}

/// Closed-class English words: pronouns, auxiliaries, determiners. Open word lists
/// (verbs taking "to", places, roles) are data files in Resources/wordlists.
enum FunctionWords {
    static let thirdPersonSubjects: WordSet = ["he", "she", "it"]
    static let nonThirdSubjects: WordSet = ["i", "you", "we", "they"]
    /// The subjects that are always subjects and take a verb's plain form: not "you", which may
    /// be an object ("the gift I gave you looks nice").
    static let plainFormSubjects: WordSet = ["i", "we", "they"]
    static let subjectPronouns = WordSet(Array(thirdPersonSubjects) + Array(nonThirdSubjects))
    static let possessives: WordSet = ["my", "your", "his", "her", "its", "our", "their"]
    static let modals: WordSet = [
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "cannot", "ca", "wo",
    ]
    static let doForms: WordSet = ["do", "does", "did", "don't", "doesn't", "didn't"]
    static let beForms: WordSet = ["am", "is", "are", "was", "were", "be", "been", "being", "'m", "'s", "'re"]
    static let determiners: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "some",
        "any", "no", "every", "each",
    ]
    /// Words that start a new clause, so a rule does not read across them.
    static let clauseStarters: WordSet = [
        "that", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "because", "if",
        "and", "but", "or", "so", "than", "while", "although", "though", "since", "until", "before", "after", "unless",
        "whether",
    ]
    static let frequencyAdverbs: WordSet = [
        "always", "usually", "often", "sometimes", "never", "also", "really", "just", "still", "only", "rarely",
        "seldom", "even", "hardly", "ever", "already", "actually", "probably", "certainly", "definitely", "sometime",
        "frequently", "generally", "normally", "mostly", "finally", "suddenly",
    ]
    static let numberWords: WordMap<Int> = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000,
    ]
}

extension AnalysisContext {
    /// Whether a past verb (tagged VBD, and "was", "were" or a past form: "went", "stayed")
    /// stands within `reach` tokens of the token at `index`, in `sentence`: near one, a
    /// learner's present form more likely meant the past ("she eat something and went home").
    /// The token itself does not count: a bare verb after "he" is often tagged VBD ("He walk home").
    /// A word that can only be a past ("drank", "went") counts whatever its tag: the tagger
    /// reads some after "I" as a present ("I drank/VBP the coffee").
    func hasPastVerb(near index: Int, within reach: Int, in sentence: ArraySlice<Token>) -> Bool {
        let first = max(sentence.startIndex, index - reach)
        let last = min(sentence.endIndex - 1, index + reach)
        guard first <= last else { return false }
        return (first...last).contains { other in
            guard other != index, let token = token(at: other), token.isWord else { return false }
            // By the word first: only a past form can be a past verb, whatever its tag.
            let pastForm =
                ["was", "were"].contains(token.lower) || lexicon.base(ofForm: token.lower, kind: .past) != nil
            let onlyPast = !pastForm && isOnlyPast(token)
            guard pastForm || onlyPast else { return false }
            if tag(at: other) == "VBD" { return pastForm }
            // The lexicon is asked at most once: a word that is no past form passed the guard as only a past.
            return isSimplePast(token, isOnlyPast: onlyPast || isOnlyPast(token))
        }
    }

    /// Whether the word, tagged a finite verb, can only be a verb's simple past: "drank",
    /// "went", not "stayed" (also a participle), "read" or "put" (also a base form), "bit" of
    /// "a bit", which the tagger reads as a noun, nor "to chose", a base form misspelt.
    func isSimplePast(_ token: Token) -> Bool { isSimplePast(token, isOnlyPast: isOnlyPast(token)) }

    /// `isSimplePast` with the lexicon's answer given, or asked only when needed.
    private func isSimplePast(_ token: Token, isOnlyPast: @autoclosure () -> Bool) -> Bool {
        // The words before the tag: most words are no past form, and they need no tagging.
        self.token(at: token.index - 1)?.lower != "to" && isOnlyPast()
            && ["VBD", "VBP", "VBN", "VBZ"].contains(tag(at: token.index))
    }

    /// Whether every verb reading of the word is a simple past ("drank", not "stayed").
    private func isOnlyPast(_ token: Token) -> Bool {
        let readings = lexicon.verbReadings(of: token)
        return !readings.isEmpty && readings.allSatisfy { $0.kind == .past }
    }

    /// The next token after `index` that is not a frequency adverb ("he always go").
    func verbSlot(after index: Int) -> Token? {
        var next = index + 1
        while let token = token(at: next), token.isWord, FunctionWords.frequencyAdverbs.contains(token) {
            next += 1
        }
        return token(at: next)
    }

    /// Whether a word after a noun may make it part of a compound ("bus stop", "homework
    /// assignment", "shopping mall"): it can be a noun, or is a common word the lexicon has no
    /// part of speech for, and is not a word that ends a noun phrase.
    func continuesCompound(_ next: Token, lists: WordLists) -> Bool {
        let mayBeNoun =
            lexicon.noun(singular: next) != nil || lexicon.noun(plural: next) != nil
            || (lexicon.usage(of: next) > 0 && !lexicon.knows(next)
                && !FunctionWords.determiners.contains(next))
        return mayBeNoun && !lists["phrase-boundary-words"].contains(next)
    }

    /// Whether the token at `index` starts a clause: first in its sentence, or after
    /// punctuation, a conjunction or a clause-starting word.
    func startsClause(_ index: Int) -> Bool {
        guard let current = token(at: index) else { return false }
        if current.startsSentence { return true }
        guard let previous = token(at: index - 1) else { return true }
        return previous.endsClause || FunctionWords.clauseStarters.contains(previous)
            || (previous.kind == .punctuation && ["\"", "(", "“"].contains(previous.text))
    }
}

/// Words before a subject that make the next verb a bare infinitive, not a finite verb:
/// "does he go", "can she swim", "let it go", "made him cry" (agreement and tense rules).
func governsBareInfinitive(_ token: Token?, lists: WordLists, lexicon: Lexicon) -> Bool {
    guard let token else { return false }
    let word = token.lower
    if FunctionWords.doForms.contains(word) || FunctionWords.modals.contains(word) || word == "n't"
        || word.hasSuffix("n't")
    {
        return true
    }
    if word == "to" { return true }
    let bases = lexicon.verbReadings(of: word).map(\.base) + [word]
    return bases.contains { lists["bare-infinitive-verbs"].contains($0) }
}
