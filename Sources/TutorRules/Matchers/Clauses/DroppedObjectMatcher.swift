// "I finished the report but I can't send now" → "send it now" (pronoun.dropped-object).

import TutorCore

/// A verb that always takes an object, left without one: Korean leaves out an object the
/// listener knows, English says it, as "it" or "them": "I bought a new phone but I don't like"
/// → "like it". Only a verb of `verbs` after a helping verb, or its negative, that follows a
/// subject pronoun opening its clause ("but I can't send", "He won't bring"), so a clause whose
/// object stands before it is left alone ("the key that I can't find", "everything I don't
/// like"); and only where the clause ends right after the verb, or after a word of time that
/// cannot be its object ("now", "again", "anywhere" at the end). "them" where the nearest noun
/// before it is plural or a group ("I bought new shoes but I don't like" → "like them"); nothing where it
/// is a person, as "him" or "her" is not known.
struct DroppedObjectMatcher: Matcher {
    let lists: WordLists

    /// Verbs that need an object in every use.
    private static let verbs: WordSet = [
        "like", "send", "find", "use", "fix", "bring", "carry", "wear", "lend", "borrow", "repair", "delete",
        "download", "install",
    ]
    /// Helping verbs before the verb, with or without "n't"/"not" after them ("ca n't" in text
    /// tokenised as learner corpora are, "can't" as one word otherwise).
    private static let helpingVerbs: WordSet = [
        "can", "ca", "could", "will", "wo", "'ll", "should", "do", "does", "did", "cannot", "can't", "couldn't",
        "won't", "shouldn't", "don't", "doesn't", "didn't",
    ]
    private static let negatives: WordSet = ["n't", "not"]
    private static let subjects: WordSet = ["i", "you", "we", "they", "he", "she"]
    /// Words that open a clause before its subject.
    private static let clauseOpeners: WordSet = [
        "but", "and", "so", "because", "since", "although", "though", "then", "now", "still",
    ]
    /// Words of time after the verb, which leave it without an object ("send now").
    private static let timeWords: WordSet = [
        "now", "anymore", "yet", "today", "tomorrow", "tonight", "later", "soon", "again", "anywhere",
    ]
    /// Marks that end a clause after the verb or its time word.
    private static let clauseEnds: Set<String> = [".", "!", ",", ";"]

    var triggerWords: Set<String>? { Set(Self.verbs) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { verb -> Match? in
            guard Self.verbs.contains(verb), endsClause(after: verb, in: context),
                let subject = subject(before: verb, in: context), opensClause(subject, in: context),
                // "Which one can I use?", "What do you like?": a question's object is its question word.
                !context.sentence(containing: verb.index).contains(where: { $0.text == "?" }),
                context.tag(at: verb.index).hasPrefix("VB"),
                let pronoun = pronoun(before: subject, in: context)
            else { return nil }
            return context.replacement(of: verb, with: verb.text + " " + pronoun)
        }
    }

    /// The subject pronoun before the helping verb (and "n't") before `verb`.
    private func subject(before verb: Token, in context: AnalysisContext) -> Token? {
        var index = verb.index - 1
        if let word = context.token(at: index), Self.negatives.contains(word) { index -= 1 }
        guard let helping = context.token(at: index), Self.helpingVerbs.contains(helping),
            let subject = context.token(at: index - 1), Self.subjects.contains(subject)
        else { return nil }
        return subject
    }

    /// The subject starts the sentence, or follows a comma or a word that opens a clause ("but").
    private func opensClause(_ subject: Token, in context: AnalysisContext) -> Bool {
        if subject.startsSentence { return true }
        guard let before = context.token(at: subject.index - 1) else { return true }
        if before.kind == .punctuation { return before.text == "," || before.text == ";" }
        return Self.clauseOpeners.contains(before)
    }

    /// Nothing after the verb, or a mark that ends the clause, or a time word and then one of them.
    private func endsClause(after verb: Token, in context: AnalysisContext) -> Bool {
        var next = context.token(at: verb.index + 1)
        if let word = next, word.isWord, Self.timeWords.contains(word) {
            next = context.token(at: word.index + 1)
            // "I can't send now because ...": a time word other than "anywhere" may go on.
            if word.lower != "anywhere", let after = next, after.isWord { return Self.clauseOpeners.contains(after) }
        }
        guard let next else { return true }
        return next.kind == .punctuation && Self.clauseEnds.contains(next.text)
    }

    /// "it", or "them" after a plural noun: the nearest noun before the subject. Nil when it
    /// is a person or there is none in the text.
    private func pronoun(before subject: Token, in context: AnalysisContext) -> String? {
        var index = subject.index - 1
        while index >= 0 {
            let tag = context.tag(at: index)
            if tag == "NN" || tag == "NNS", let noun = context.token(at: index) {
                if context.isPerson(noun.lower, personNouns: lists["person-nouns"]) { return nil }
                // "her family", "our team": a group is "them".
                return tag == "NNS" || lists["collective-nouns"].contains(noun) ? "them" : "it"
            }
            index -= 1
        }
        return nil
    }
}
