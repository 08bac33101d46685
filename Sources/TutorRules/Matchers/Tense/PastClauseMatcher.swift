// "When I was a child, I live in Busan" → "lived" (tense.past-clause).

import TutorCore

/// A present verb in a clause that an earlier clause of the same sentence has put in the past:
/// after a past "when", "while", "after" or "before" clause and a comma ("When I was a child, I
/// live in Busan" → "lived"; in chat with no comma after a short "was" clause: "when i was a child
/// i live in daegu"), or after "and", "but" or "then" that joins it to a clause
/// with a past verb or a past time ("Last summer we went to Jeju and we stay in a hotel" →
/// "stayed"). The subject must be a personal pronoun (I, we, they, he, she) so that the
/// present form is certain, and the clause must say nothing of its own time (no "now",
/// "usually", modal or question). After "and" only actions change: "we went to Jeju and I
/// love it" may be true now; after a past "when" clause states change too ("When I was
/// young, I like candy" → "liked"), except verbs of thinking said now ("When I was young, I
/// think I was happy").
struct PastClauseMatcher: Matcher {
    let lists: WordLists

    var triggerWords: Set<String>? { ["i", "we", "they", "he", "she"] }

    private static let subjects: WordSet = ["i", "we", "they", "he", "she"]
    /// Words that join a clause to the one before it, its time shared; not "so", which often
    /// leads to what the writer does now ("It was a bad evening, so I ask for a refund").
    private static let joiners: WordSet = ["and", "but", "then"]
    /// Words that open a clause of time inside a past sentence, whose time it shares: "I was
    /// surprised when I see the price" → "saw". Not "because" or "so", after which the writer
    /// often says what is still true ("I chose the course because I travel a lot").
    private static let timeSubordinators: WordSet = ["when", "after", "before", "until", "till", "once"]
    /// Words by which the past clause reports a thought or a fact, after which a time clause may
    /// be a general truth ("I learned that when I study, I remember more").
    private static let reportWords: WordSet = ["that", "how", "what", "why", "whether"]
    /// Past verbs of saying: what follows is what was said, and a time clause in it may be about
    /// a time still to come ("They said the money comes back three days after they get the box").
    private static let sayingVerbs: WordSet = [
        "said", "told", "promised", "explained", "wrote", "mentioned", "announced", "replied", "answered", "emailed",
        "texted", "informed", "warned",
    ]
    /// Words that open a clause of time whose past carries to the main clause after the comma.
    /// Not "as", which as often means "because" ("As you asked, I write").
    private static let timeOpeners: WordSet = ["when", "while", "after", "before"]
    /// Words by which the earlier clause is not (only) about the past.
    private static let earlierNonPast: WordSet = [
        "will", "'ll", "tomorrow", "next", "now", "today", "tonight", "going", "if", "every", "usually",
        "always", "nowadays", "these",
    ]
    /// Words by which the clause sets or questions its own time or is about wishes and plans.
    private static let ownTimeWords: WordSet = [
        "yesterday", "last", "ago", "these", "nowadays", "recently", "want", "wanna", "hope", "plan", "still",
        "anymore", "ever",
    ]
    /// Verbs said now about the past ("I think", "I remember") and verbs that do what they say
    /// as they are said ("I ask you", "I regret to tell you", "I write to you"): present in
    /// any story.
    private static let thinkingVerbs: WordSet = [
        "know", "think", "believe", "guess", "suppose", "hope", "wish", "remember", "forget", "mean", "say", "tell",
        "realize", "realise", "feel", "miss", "agree", "consider", "ask", "demand", "request", "regret", "write",
        "apologize", "apologise", "complain", "insist", "suggest", "recommend", "promise", "expect", "admit",
        "inform", "thank", "beg", "claim", "doubt", "wonder", "bet", "swear",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for subject in context.tokens where subject.isWord && Self.subjects.contains(subject) {
            guard let verb = context.verbSlot(after: subject.index), verb.isWord, !verb.isCapitalized
            else { continue }
            let sentence = context.sentence(containing: subject.index)
            guard let sentenceStart = sentence.first?.index,
                !sentence.contains(where: {
                    $0.kind == .punctuation && ($0.text == "?" || $0.text == "\"" || $0.text == "“")
                }),
                let kind = linkBefore(subject, in: context).flatMap({ linkIndex in
                    pastOpening(from: sentenceStart, to: linkIndex, in: context)
                        ?? pastMainClause(after: verb, opener: linkIndex, in: sentence, context: context)
                }) ?? unpunctuatedTimeClause(before: subject, verb: verb, in: sentence, context: context),
                !ownsItsTime(from: subject.index, in: sentence),
                let past = pastForm(of: verb, subject: subject, statesToo: kind != .joinedClause, in: context)
            else { continue }
            matches.append(context.replacement(of: verb, with: past))
        }
        return matches
    }

    /// How another clause puts the sentence in the past: a time clause or a joined clause
    /// before the verb's, or the main clause after the verb's time clause.
    private enum Opening { case timeClause, joinedClause, mainClause }

    /// The index of the comma or joining word right before the subject, if it has one.
    private func linkBefore(_ subject: Token, in context: AnalysisContext) -> Int? {
        guard let previous = context.token(at: subject.index - 1) else { return nil }
        if previous.text == "," || Self.joiners.contains(previous)
            || Self.timeSubordinators.contains(previous)
        {
            return previous.index
        }
        return nil
    }

    /// Whether the words from the sentence's start to the link make a past clause: a time
    /// clause ("When I was a child,") before a comma, or before a joining word a clause with a
    /// past verb after its subject or a past time marker.
    private func pastOpening(from start: Int, to link: Int, in context: AnalysisContext) -> Opening? {
        guard start < link, let linkToken = context.token(at: link) else { return nil }
        let earlier = context.tokens[start..<link]
        if earlier.contains(where: { Self.earlierNonPast.contains($0.lower) || FunctionWords.modals.contains($0.lower) }
        ) {
            return nil
        }
        if linkToken.text == "," {
            // The clause before the comma must open with the time word: "When I was a child,".
            guard let opener = earlier.first, Self.timeOpeners.contains(opener),
                !earlier.dropFirst().contains(where: { $0.endsClause }), hasPastVerb(in: earlier, context: context)
            else { return nil }
            return .timeClause
        }
        // "and" or "then" after a comma or not ("It was late, and then we"); the clause before
        // them must be past.
        var beforeComma = earlier
        if Self.timeSubordinators.contains(linkToken),
            earlier.contains(where: { Self.reportWords.contains($0.lower) || Self.sayingVerbs.contains($0.lower) })
        {
            return nil
        }
        while let last = beforeComma.last,
            last.text == "," || Self.joiners.contains(last) || Self.timeSubordinators.contains(last)
        {
            beforeComma = beforeComma.dropLast()
        }
        let clauseStart = beforeComma.lastIndex(where: { $0.endsClause }).map { $0 + 1 } ?? start
        let clause = context.tokens[clauseStart..<beforeComma.endIndex]
        guard PastTimeMatcher.hasPastMarker(earlier, lists: lists) || hasPastVerb(in: clause, context: context) else {
            return nil
        }
        return .joinedClause
    }

    /// "When he come back home, he was surprised" → "came": the verb's clause is a time clause
    /// that opens the sentence (or follows "and", "but" or a comma), and the main clause after
    /// its comma opens with a subject pronoun and a past verb.
    private func pastMainClause(
        after verb: Token, opener openerIndex: Int, in sentence: ArraySlice<Token>, context: AnalysisContext
    ) -> Opening? {
        guard let opener = context.token(at: openerIndex), Self.timeOpeners.contains(opener),
            openerIndex == sentence.first?.index
                || context.token(at: openerIndex - 1).map({ $0.text == "," || Self.joiners.contains($0.lower) })
                    == true,
            let comma = sentence.first(where: { $0.index > verb.index && $0.endsClause }), comma.text == ",",
            comma.index - verb.index <= Self.longestTimeClause,
            let mainSubject = context.token(at: comma.index + 1), Self.subjects.contains(mainSubject),
            let sentenceEnd = sentence.last?.index, comma.index + 1 <= sentenceEnd,
            hasPastVerb(in: context.tokens[(comma.index + 1)...sentenceEnd], context: context)
        else { return nil }
        return .mainClause
    }

    /// "when i was a child i live in daegu" → "lived": chat leaves out the comma, so a time clause
    /// of "was"/"were" that opens the sentence ends where a second subject pronoun stands a few
    /// words after its "be" ("I", "we": never an object). Only "be" and no other verb between,
    /// so "when I met the girl I like" is not read; and the verb must go on with two words, since
    /// a pronoun and a verb that end the sentence may be a relative clause ("when I was with the
    /// people I like").
    private func unpunctuatedTimeClause(
        before subject: Token, verb: Token, in sentence: ArraySlice<Token>, context: AnalysisContext
    ) -> Opening? {
        let words = sentence.prefix(while: { $0.index < subject.index })
        guard words.count >= 4, words.allSatisfy(\.isWord),
            let opener = words.first, Self.timeOpeners.contains(opener),
            let earlierSubject = context.token(at: opener.index + 1), Self.subjects.contains(earlierSubject),
            let be = context.token(at: opener.index + 2), be.lower == "was" || be.lower == "were",
            words.count - 3 <= Self.longestUnpunctuatedComplement,
            context.token(at: verb.index + 1)?.isWord == true, context.token(at: verb.index + 2)?.isWord == true
        else { return nil }
        let complement = words.dropFirst(3)
        let hasOwnVerb = complement.contains { token in
            Self.subjects.contains(token) || FunctionWords.modals.contains(token)
                || context.tag(at: token.index).hasPrefix("VB")
                || Self.earlierNonPast.contains(token.lower) || Self.clauseJoiners.contains(token)
        }
        return hasOwnVerb ? nil : .timeClause
    }

    /// Words that join another clause to the "was" clause, which then may not end before the pronoun.
    private static let clauseJoiners: WordSet = [
        "and", "but", "or", "so", "because", "if", "that", "who", "which", "where", "when", "then", "until",
    ]

    /// How many words may stand between "was" and the main clause's subject with no comma.
    private static let longestUnpunctuatedComplement = 4

    /// How many words a time clause may run on after its verb before the comma.
    private static let longestTimeClause = 8

    /// Whether the clause's first subject pronoun is followed by "was"/"were" or a verb that
    /// can only be past ("went", "stayed"; not "read", "put"): the clause's own verb, not one
    /// of a clause inside it ("I have a chance to meet a singer who I loved").
    private func hasPastVerb(in clause: ArraySlice<Token>, context: AnalysisContext) -> Bool {
        guard let subject = clause.first(where: { $0.isWord && FunctionWords.subjectPronouns.contains($0.lower) }),
            let verb = context.verbSlot(after: subject.index), verb.isWord
        else { return false }
        if verb.lower == "was" || verb.lower == "were" { return true }
        let readings = context.lexicon.verbReadings(of: verb)
        return readings.contains { $0.kind == .past } && !readings.contains { $0.kind == .base }
    }

    /// Whether the clause from the subject on sets its own time or is not a plain statement.
    private func ownsItsTime(from subjectIndex: Int, in sentence: ArraySlice<Token>) -> Bool {
        let nonPastSignals = lists["non-past-signals"]
        return sentence.contains { token in
            token.index >= subjectIndex
                && (nonPastSignals.contains(token) || FunctionWords.modals.contains(token)
                    || Self.ownTimeWords.contains(token))
        }
    }

    /// The past of a present verb after the subject; nil where unsure.
    private func pastForm(of verb: Token, subject: Token, statesToo: Bool, in context: AnalysisContext) -> String? {
        let next = context.token(at: verb.index + 1)
        switch (verb.lower, subject.lower) {
        case ("am", "i"), ("is", "he"), ("is", "she"): return statesToo ? "was" : nil
        case ("are", "we"), ("are", "they"): return statesToo ? "were" : nil
        case ("don't", "i"), ("don't", "we"), ("don't", "they"): return statesToo ? "didn't" : nil
        default: break
        }
        if FunctionWords.beForms.contains(verb) || FunctionWords.doForms.contains(verb)
            || FunctionWords.modals.contains(verb) || Self.thinkingVerbs.contains(verb)
        {
            return nil
        }
        // "and I have been", "I have seen": a perfect is a choice of its own.
        if verb.lower == "have" {
            guard statesToo, let next, next.isWord,
                context.lexicon.base(ofForm: next, kind: .pastParticiple) == nil, next.lower != "to"
            else { return nil }
            return "had"
        }
        if !statesToo, lists["stative-verbs"].contains(verb) { return nil }
        // "I rally do think": a word before a verb of its own is not the clause's verb.
        if let next, FunctionWords.doForms.contains(next) || FunctionWords.modals.contains(next) {
            return nil
        }
        return context.lexicon.pastOfBaseVerb(verb.lower, afterSubject: verb.index == subject.index + 1)
    }
}
