// "I like dog" → "I like dogs" (noun-number.generic-plural).

import TutorCore

/// A countable noun in the singular, with no determiner, right after a verb of liking: the
/// things in general are meant, and English says them in the plural ("I like dogs", "she
/// hates spiders"). Nouns people do not count stay ("I like music", "he loves coffee"), and
/// so do nouns whose plural is much rarer than the singular (a sign they are mostly
/// uncountable: "art", "football"), activities in -ing ("I like painting") and times. Not
/// "prefer": "I prefer the tent" picks one of a choice. The noun may follow a pastime in
/// -ing ("I love reading comic" → "comics"), also after "my hobby is" ("My hobby is watching
/// movie" → "movies"). Habits say things in general too: "he reads comic book" → "comic books",
/// "she watches drama" (the -s form only, where the habit is sure: "I watch movie tonight" may
/// mean one), and "I play computer game" → "games", where only "game" is read, as "play" also
/// takes instruments ("play piano") and sports ("play soccer").
struct GenericPluralMatcher: Matcher {
    let lists: WordLists

    static let likingVerbs: WordSet = [
        "like", "likes", "liked", "love", "loves", "loved", "hate", "hates", "hated", "enjoy", "enjoys", "enjoyed",
        "dislike", "dislikes", "disliked",
    ]

    /// Verbs of a habit whose object is things in general: the -s forms only, where the present
    /// is sure ("he reads comic book").
    private static let habitVerbs: WordSet = ["reads", "watches", "collects"]

    /// Forms of "play", whose object is read only when it is "game" after a word that says which
    /// ("I play mobile game"; "let's play game" may mean one).
    private static let playVerbs: WordSet = ["play", "plays", "played"]

    /// "My hobby is watching movie": the pastime after "hobby is" is the thing liked.
    private static let hobbyNouns: WordSet = ["hobby", "hobbies"]

    /// Every word the matcher starts from: the liking, habit and play verbs and "hobby".
    private static let startWords = WordSet(
        Array(likingVerbs) + Array(habitVerbs) + Array(playVerbs) + Array(hobbyNouns))

    var triggerWords: Set<String>? { Set(Self.startWords) }

    /// Pastimes in -ing whose object is things in general too ("I like watching movies",
    /// "she loves reading comics"). Not "playing", whose instruments take no plural ("I like
    /// playing guitar"), nor "eating" or "drinking", whose food is often uncounted.
    private static let pastimeGerunds: WordSet = ["watching", "reading", "collecting"]

    /// Nouns for a kind of quality ("colour", "style"), which stay singular when the word before
    /// them names one value of it: "he likes blue colour" wants "the colour blue" or "blue", not
    /// "blue colours"; "I like casual style" is one style.
    private static let qualityNouns: WordSet = [
        "color", "colour", "style", "size", "shape", "flavor", "flavour", "design", "taste",
    ]

    /// Colour words: before "colour" they name one value of it ("blue color").
    private static let colourWords: WordSet = [
        "red", "blue", "green", "yellow", "black", "white", "pink", "purple", "orange", "brown", "grey", "gray",
        "navy", "beige", "gold", "silver", "violet", "dark", "light", "pale", "bright",
    ]

    /// Words after the noun that end its phrase ("I like dog and cat", "I like cat very much").
    /// Also time phrases after it ("I play mobile game every day", "on weekends", "before bed").
    private static let phraseEnds: WordSet = [
        "and", "or", "but", "because", "so", "very", "too", "more", "than", "when", "if", "since", "a", "at", "in",
        "on", "every", "all", "before", "after", "during", "nowadays", "lately", "anymore", "together",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for verb in context.tokens where Self.startWords.contains(verb) {
            // "Do you like horror movies?": after a subject pronoun "like" is the verb, whatever
            // the tagger says.
            let afterSubject = context.token(at: verb.index - 1).map {
                FunctionWords.subjectPronouns.contains($0.lower)
            }
            guard let (object, onlyGame) = object(of: verb, in: context) else { continue }
            // Tags only once one of the next words could be the counted noun.
            let mayHaveNoun = (1...3).contains { offset in
                context.token(at: object.index + offset).map { mayBeFlaggedNoun($0, in: context) } ?? false
            }
            guard mayHaveNoun,
                Self.hobbyNouns.contains(verb) || context.tag(at: verb.index).hasPrefix("VB") || afterSubject == true,
                let noun = head(after: object, in: context),
                !onlyGame || (noun.lower == "game" && noun.index > object.index + 1)
            else { continue }
            guard mayBeFlaggedNoun(noun, in: context), !namesOneValue(noun, in: context),
                let plural = context.lexicon.countedPlural(of: noun.lower)
            else { continue }
            matches.append(context.replacement(of: noun, with: plural))
        }
        return matches
    }

    /// The word after which the noun phrase starts, and whether only "game" may head it: the
    /// verb, or the pastime in -ing after it ("I like watching movie"), or after "my hobby is";
    /// "playing" only for "game" ("I like playing guitar" stays). Nil where nothing is liked.
    private func object(of verb: Token, in context: AnalysisContext) -> (Token, Bool)? {
        if Self.playVerbs.contains(verb) { return (verb, true) }
        var before = verb
        if Self.hobbyNouns.contains(verb) {
            guard let be = context.token(at: verb.index + 1), ["is", "are", "was", "were"].contains(be.lower)
            else { return nil }
            before = be
        }
        if let pastime = context.token(at: before.index + 1),
            Self.likingVerbs.contains(verb) || before.index != verb.index
        {
            if Self.pastimeGerunds.contains(pastime) { return (pastime, false) }
            if pastime.lower == "playing" { return (pastime, true) }
        }
        return before.index == verb.index ? (verb, false) : nil
    }

    /// The word conditions on the head the rule makes plural (its place and its tags are
    /// checked apart): the phrase ends after it, and it is a noun people count, in the plural
    /// too. Asked before the tags, for each word that could be the head.
    private func mayBeFlaggedNoun(_ noun: Token, in context: AnalysisContext) -> Bool {
        if let next = context.token(at: noun.index + 1), next.isWord, !Self.phraseEnds.contains(next) {
            return false
        }
        if let next = context.token(at: noun.index + 1), next.text == "'s" || next.text == "'" || next.text == "-" {
            return false
        }
        // "I like painting": the activity, not paintings; "I prefer tent": one of a choice.
        if noun.lower.hasSuffix("ing") || lists["time-units"].contains(noun) { return false }
        let lexicon = context.lexicon
        guard !lists["mass-nouns"].contains(noun), !lists["quantity-nouns"].contains(noun),
            !MassNoun.isMass(noun.lower, lexicon: lexicon), let plural = lexicon.countedPlural(of: noun.lower),
            lexicon.pluralIsInUse(plural, beside: noun.lower),
            !lexicon.isVerbBase(noun)
                || lexicon.nounUse(of: noun.lower) > 2 * (lexicon.verb(noun.lower)?.frequency ?? 0)
        else { return false }
        return true
    }

    /// A quality noun after a word naming one value of it ("blue color", "modern style"): the
    /// singular is right there, and "blue colors" would teach wrong English.
    private func namesOneValue(_ noun: Token, in context: AnalysisContext) -> Bool {
        guard Self.qualityNouns.contains(noun), let before = context.token(at: noun.index - 1), before.isWord
        else { return false }
        // The tagger may read a colour word as a noun ("blue" NN).
        return context.tag(at: before.index).hasPrefix("JJ") || Self.colourWords.contains(before)
    }

    /// The head of a determiner-less phrase right after the verb: adjectives and nouns in a
    /// row, the last a singular noun ("small animal", "horror movie"); nil otherwise.
    private func head(after verb: Token, in context: AnalysisContext) -> Token? {
        var index = verb.index + 1
        var head: Token?
        while index <= verb.index + 3, let token = context.token(at: index), token.isWord {
            let tag = context.tag(at: index)
            // "Korean drama": a capitalised word only as an adjective before the head.
            if token.isCapitalized && (tag != "JJ" || head != nil || token.isAllCaps) { break }
            if tag == "NN" {
                head = token
            } else if !tag.hasPrefix("JJ") || head != nil {
                break
            }
            index += 1
        }
        guard let head,
            context.token(at: head.index + 1).map({ !$0.isWord || context.tag(at: $0.index) != "NN" }) ?? true
        else { return nil }
        return head
    }
}
