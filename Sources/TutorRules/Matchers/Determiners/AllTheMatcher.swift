// "all information you need" → "all the information you need" (determiner.all-the).

import TutorCore

/// "All" before a noun that a relative clause with a personal subject limits to a known group
/// takes "the": "I packed all clothes I need" → "all the clothes I need", "she answered all
/// questions that we asked" → "all the questions that we asked". The clause ("I need", "that
/// we asked", "which it offers") makes the group a particular one, so "the" is needed, as in
/// "the clothes I need". Left alone: "all" with no such clause ("All people need sleep", a
/// group in general), a clause with "who" or a noun subject ("all students who study hard",
/// which may be general), time words ("all day we talked"), "kinds of", "that" after a verb of
/// telling ("I told all members that we would meet": "that" starts what was told), and "all"
/// after a determiner or "at" ("the all", "at all").
struct AllTheMatcher: Matcher {
    let lists: WordLists
    var triggerWords: Set<String>? { ["all"] }

    /// Pronoun subjects of the relative clause that make the group a particular one.
    private static let subjects: WordSet = ["i", "you", "we", "they", "he", "she", "it"]
    /// Relative words that may stand between the noun and the subject ("that we asked").
    private static let relatives: WordSet = ["that", "which"]
    /// Words before "all" after which it does not start a noun phrase of this kind.
    private static let notAfter: WordSet = ["at", "above", "after"]
    /// Verbs of telling, after which "all X that ..." is an object and a "that" clause.
    private static let tellingVerbs: WordSet = [
        "tell", "tells", "told", "telling", "inform", "informs", "informed", "remind", "reminds", "reminded", "warn",
        "warns", "warned", "assure", "assured", "show", "showed", "shown", "teach", "taught", "convince", "convinced",
        "notify", "notified", "promise", "promised", "ask", "asked", "advise", "advised",
    ]
    /// Nouns after "all" that are no group of things ("all day", "all kinds of").
    private static let notGroups: WordSet = ["kind", "kinds", "sort", "sorts", "type", "types", "way", "right", "ages"]
    /// The most adjectives read between "all" and the noun.
    private static let maximumAdjectives = 2

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { all -> Match? in
            guard all.lower == "all", let first = context.token(at: all.index + 1), first.isWord,
                !first.isCapitalized, !FunctionWords.determiners.contains(first), isOpen(all, in: context),
                // The words first, the tags last (tagging is most of the analyser's time).
                mayHaveClause(after: all, in: context),
                let noun = groupNoun(after: all, in: context), let relative = context.token(at: noun.index + 1),
                startsPersonalClause(relative, after: all, in: context)
            else { return nil }
            return context.insertion("the", before: first)
        }
    }

    /// No determiner, "at" or the like before "all".
    private func isOpen(_ all: Token, in context: AnalysisContext) -> Bool {
        guard let previous = context.token(at: all.index - 1), previous.isWord else { return true }
        return !Self.notAfter.contains(previous) && !FunctionWords.determiners.contains(previous)
            && !FunctionWords.possessives.contains(previous)
    }

    /// Whether the words allow `groupNoun` and `startsPersonalClause` to find a noun and a
    /// clause after "all", whatever the tags: a noun by its word among the next three, then a
    /// pronoun subject, or "that"/"which" and one.
    private func mayHaveClause(after all: Token, in context: AnalysisContext) -> Bool {
        (1...(1 + Self.maximumAdjectives)).contains { offset in
            guard let noun = context.token(at: all.index + offset), noun.isWord, !noun.isCapitalized,
                !Self.notGroups.contains(noun), !lists["time-units"].contains(noun),
                !lists["function-words"].contains(noun), let word = context.token(at: noun.index + 1)
            else { return false }
            if Self.subjects.contains(word) { return true }
            return Self.relatives.contains(word)
                && (context.token(at: word.index + 1).map { Self.subjects.contains($0) } ?? false)
        }
    }

    /// The noun after "all" and at most two adjectives: tagged a noun, lower-case, not a time
    /// word or a noun of kind.
    private func groupNoun(after all: Token, in context: AnalysisContext) -> Token? {
        var index = all.index + 1
        var adjectives = 0
        while adjectives < Self.maximumAdjectives, context.tag(at: index) == "JJ" {
            index += 1
            adjectives += 1
        }
        guard let noun = context.token(at: index), noun.isWord, !noun.isCapitalized,
            !Self.notGroups.contains(noun), !lists["time-units"].contains(noun),
            !lists["function-words"].contains(noun), ["NN", "NNS"].contains(context.tag(at: index))
        else { return nil }
        return noun
    }

    /// "I need", "you sent", "that we asked", "which it offers": a pronoun subject (after
    /// "that" or "which" or none) and then a verb.
    private func startsPersonalClause(_ word: Token, after all: Token, in context: AnalysisContext) -> Bool {
        var subject = word
        if Self.relatives.contains(word) {
            if word.lower == "that", let verb = context.token(at: all.index - 1),
                Self.tellingVerbs.contains(verb)
            {
                return false
            }
            guard let next = context.token(at: word.index + 1) else { return false }
            subject = next
        }
        guard Self.subjects.contains(subject) else { return false }
        let verbTag = context.tag(at: subject.index + 1)
        return (verbTag.hasPrefix("VB") || verbTag == "MD") && leavesObjectOut(after: subject, in: context)
    }

    /// Whether the verbs after the clause's subject leave their object out, as a relative
    /// clause does ("the clothes I need _ for the trip", "the tips you gave me _"). Verbs
    /// followed by an adjective or a noun phrase ("for all things I would be happy", "for all
    /// events we can make more people come") start a main clause instead: the noun after "all"
    /// is no object of theirs, and "the" would not be needed.
    private func leavesObjectOut(after subject: Token, in context: AnalysisContext) -> Bool {
        var index = subject.index + 1
        while ["VB", "MD", "TO", "RB"].contains(where: { context.tag(at: index).hasPrefix($0) }) {
            index += 1
        }
        guard let next = context.token(at: index), next.isWord else { return true }
        let tag = context.tag(at: index)
        return !(["JJ", "NN", "DT", "PRP$", "CD"].contains { tag.hasPrefix($0) })
    }
}
