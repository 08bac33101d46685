// "She said that she will come" → "would" (tense.reported-future); "I thought we can" →
// "could" (tense.reported-can); "I thought the shop is closed" → "was" (tense.reported-present).

import TutorCore

/// A present verb in what a past verb of saying, thinking or finding out reports: the verbs of
/// the report move back with it. "She said that she will call me" → "would": seen from a past
/// moment, the future is "would". A present "be" or "do" moves back after a verb of believing
/// or finding out ("I thought the shop is closed" → "was", "We found out that the tickets are
/// sold out" → "were", "She asked me if I am hungry" → "was"), and "can" after a verb of
/// believing or expecting ("I thought we can buy tickets" → "could": what seemed possible
/// then). After a verb of saying or of knowing, "He told me that I can call him anytime", "My
/// friend told me that she is a nurse" are right while they stay true, so there "can" and a
/// present "be" move back only where the sentence goes on to say, in the past, that it turned
/// out otherwise ("The ad said we can eat there, but it was closed"). The reporting verb must
/// be a plain past ("said", "told me", "knew", "didn't know"), not a present perfect ("I have
/// heard that it will rain", where the report reaches now; nor "it is said"), and the sentence
/// must not be a question, hold quotation marks (direct speech keeps its own tenses), or name
/// a coming time of its own ("He said he will come tomorrow", "The report said the population
/// will double by 2050", "in the future", "one day": still to come when it is said). A present
/// "be" or "do" stays, too, where the report says it is so now ("She thought he still lives in
/// Busan", "now", "every day"), and after verbs of learning a fact ("I learned that water boils
/// at 100 degrees"). "As I said, we can …" is a remark, not a report.
struct ReportedClauseMatcher: Matcher {
    /// What moves back: "will" (tense.reported-future), "can" (tense.reported-can), or a
    /// present "be" or "do" (tense.reported-present).
    enum Kind: Sendable {
        case will, can, present
    }

    let kind: Kind

    private static let willForms: WordSet = ["will", "won't", "wo", "'ll"]
    private static let canForms: WordSet = ["can", "can't", "cannot", "ca"]

    /// Present forms of "be" and "do" that move back ("do" and "does" only before "n't"
    /// or "not").
    private static let presentForms: WordSet = [
        "is", "are", "am", "isn't", "aren't", "don't", "doesn't", "do", "does",
    ]

    private var modals: WordSet {
        switch kind {
        case .will: Self.willForms
        case .can: Self.canForms
        case .present: Self.presentForms
        }
    }

    var triggerWords: Set<String>? { Set(modals) }

    /// Past forms of verbs that report speech or thought.
    static let reportingVerbs: WordSet = [
        "said", "told", "thought", "knew", "promised", "believed", "expected", "assured", "guessed", "felt",
        "decided", "realised", "realized", "imagined", "supposed", "understood", "wrote", "announced",
        "mentioned", "claimed", "stated", "explained", "informed", "warned", "reminded", "hoped", "insisted",
        "predicted", "swore", "agreed", "doubted", "feared", "admitted", "answered", "replied",
    ]
    /// Past forms of verbs that report a belief or an expectation held then, after which "can"
    /// moves back ("was sure" too). Not verbs of knowing ("knew", "realised", "understood"): what
    /// was found out may still be true ("I realised that I can sleep better when it is dark").
    static let thinkingVerbs: WordSet = [
        "thought", "believed", "expected", "hoped", "imagined", "supposed", "guessed", "assumed", "sure",
    ]
    /// The words after which "will" moves back: the verbs of saying and thinking, of asking
    /// before "if" or "whether" ("She asked me if I will come" → "would"), and the passive "it
    /// was written that" (a present "it is written" stays).
    private static let willReportingVerbs = WordSet(Array(reportingVerbs) + ["asked", "wondered", "written"])
    /// Every word after which "can" may move back (the verbs of saying and knowing only when
    /// the report turned out otherwise).
    private static let canReportingVerbs = WordSet(Array(thinkingVerbs) + Array(reportingVerbs))
    /// Words by which what follows says that the report turned out otherwise.
    private static let contrastWords: WordSet = ["but", "however", "although", "though", "instead"]
    /// Verbs that take a person before what they report ("told me that", "promised us").
    private static let personTakers: WordSet = [
        "told", "promised", "assured", "informed", "warned", "reminded", "answered", "wrote", "asked",
    ]
    private static let objectPronouns: WordSet = ["me", "us", "you", "him", "her", "them"]
    /// Words by which the reported clause names a time still to come.
    private static let comingTime: WordSet = ["tomorrow", "next", "tonight", "soon", "later"]
    private static let subjectWords: WordSet = [
        "i", "you", "he", "she", "it", "we", "they", "there", "everything", "everyone", "everybody", "nothing",
        "nobody", "something", "someone", "somebody",
    ]
    private static let nounPhraseStarters: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        // `isReported` needs a reporting verb before the modal: the words first, the tags after.
        // ("can" is common: without a verb that may report, no sentence is tagged or read.)
        let verbs =
            switch kind {
            case .will: Self.willReportingVerbs
            case .can: Self.canReportingVerbs
            case .present: Self.presentReportingVerbs
            }
        guard let firstReportingVerb = context.tokens.first(where: { verbs.contains($0.lower) })?.index else {
            return []
        }
        var matches: [Match] = []
        for modal in context.tokens where modals.contains(modal) {
            guard firstReportingVerb < modal.index,
                let subjectStart = subjectStart(before: modal, in: context),
                let backshifted = kind == .present
                    ? presentBackshift(of: modal, subjectStart: subjectStart, in: context)
                    : Self.backshift(modal, in: context)
            else { continue }
            let sentence = context.sentence(containing: modal.index)
            // "The ad said we can eat there after the show, but it was closed": what was said
            // turned out otherwise, so it is not still true, and "can" (or "is") moves back after
            // "said" too.
            let turnedOut = kind != .will && turnsOutInPast(after: modal, in: context)
            guard isReported(from: subjectStart, turnedOut: turnedOut, in: context),
                !sentence.contains(where: {
                    $0.text == "?" || $0.text == "\"" || $0.text == "“" || $0.text == "”"
                        || ($0.index > modal.index && Self.comingTime.contains($0.lower))
                })
                    && !namesComingTime(after: modal, in: sentence, context: context)
                    && (kind != .present || !saysItIsSoNow(after: modal, in: sentence))
            else { continue }
            matches.append(context.replacement(of: modal, with: backshifted))
        }
        return matches
    }

    /// Whether the sentence goes on after the modal to say, in the past, that things went
    /// otherwise: a contrast word and then a past verb ("…, but the parking lot was full"),
    /// about the reported subject or a thing, not about someone else: "My boss said he can play
    /// the guitar, but I never heard him" says nothing of whether he still can, and "She told
    /// me the shop can deliver on Sundays, but I want it on Saturday" is not past.
    private func turnsOutInPast(after modal: Token, in context: AnalysisContext) -> Bool {
        let reportedSubject = context.token(at: modal.index - 1)?.lower
        var contrasted = false
        for token in context.sentence(containing: modal.index) where token.index > modal.index {
            if Self.contrastWords.contains(token) {
                contrasted = true
                if let next = context.token(at: token.index + 1), Self.personPronouns.contains(next),
                    next.lower != reportedSubject
                {
                    return false
                }
            } else if contrasted, Self.pastForms.contains(token) || context.tag(at: token.index) == "VBD" {
                return true
            }
        }
        return false
    }

    /// Subject pronouns of people, by which a clause is about a person.
    private static let personPronouns: WordSet = ["i", "you", "he", "she", "we", "they"]

    /// Past forms of "be", "do" and "have" and past modals by which a clause tells what happened.
    private static let pastForms: WordSet = [
        "was", "were", "wasn't", "weren't", "did", "didn't", "had", "hadn't", "couldn't",
    ]

    /// Whether the reported clause names a time still to come with more than one word: "by
    /// 2050", "in 2030", "in the future", "one day".
    private func namesComingTime(after modal: Token, in sentence: ArraySlice<Token>, context: AnalysisContext)
        -> Bool
    {
        for token in sentence where token.index > modal.index {
            let next = context.token(at: token.index + 1)
            switch token.lower {
            case "by", "in", "until", "before":
                if let next, next.text.count == 4, next.text.allSatisfy(\.isNumber) { return true }
                if token.lower == "in", next?.lower == "the", context.token(at: token.index + 2)?.lower == "future" {
                    return true
                }
            case "one", "some":
                if next?.lower == "day" { return true }
            default: break
            }
        }
        return false
    }

    /// "would" for "will" (and "wo" of a split "wo n't"), "'d" for "'ll"; "could" for "can"
    /// (and "ca" of a split "ca n't").
    static func backshift(_ modal: Token, in context: AnalysisContext) -> String? {
        switch modal.lower {
        case "will": return "would"
        case "'ll": return "'d"
        case "won't": return "wouldn't"
        case "wo", "ca":
            // Only the first half of a split "won't", "can't".
            guard context.token(at: modal.index + 1)?.lower == "n't" else { return nil }
            return modal.lower == "wo" ? "would" : "could"
        case "can": return "could"
        case "can't": return "couldn't"
        case "cannot": return "could not"
        default: return nil
        }
    }

    /// The index where the modal's subject starts: a pronoun or "there" right before it, or a
    /// determiner and up to three adjectives and nouns ("the new show"), or a name.
    private func subjectStart(before modal: Token, in context: AnalysisContext) -> Int? {
        guard let previous = context.token(at: modal.index - 1), previous.isWord else { return nil }
        if Self.subjectWords.contains(previous) { return previous.index }
        var index = modal.index - 1
        while index >= modal.index - 4, let token = context.token(at: index), token.isWord {
            if Self.nounPhraseStarters.contains(token) {
                return index < modal.index - 1 ? index : nil
            }
            guard ["NN", "NNS", "NNP", "NNPS", "JJ"].contains(context.tag(at: index)) else { return nil }
            if context.tag(at: index) == "NNP", index == modal.index - 1,
                !Self.nounPhraseStarters.contains(context.token(at: index - 1)?.lower ?? "")
            {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Whether the words before the subject are a plain past verb of reporting, with "that"
    /// and the person told between them if any: "she said (that)", "he told me (that)", "I
    /// told my sister that"; "if" or "whether" after a verb of asking ("she asked me if").
    private func isReported(from subjectStart: Int, turnedOut: Bool, in context: AnalysisContext) -> Bool {
        var index = subjectStart - 1
        let link = context.token(at: index)?.lower ?? ""
        let linked = ["that", "if", "whether"].contains(link)
        if linked { index -= 1 }
        guard var verb = context.token(at: index) else { return false }
        if Self.objectPronouns.contains(verb), let before = context.token(at: index - 1),
            Self.personTakers.contains(before)
        {
            verb = before
        } else if kind != .can, linked, let taker = personTaker(beforeObjectEndingAt: index, in: context) {
            // "I told my sister that", "we asked the driver if": a short noun phrase between the
            // verb and "that", "if" or "whether".
            verb = taker
        } else if kind == .present, verb.lower == "out", let before = context.token(at: index - 1),
            before.lower == "found"
        {
            // "We found out (that) the shop is closed."
            verb = before
        }
        // "She asked me if I will come": a question reported after a verb of asking only.
        if link == "if" || link == "whether" {
            guard kind != .can, Self.askingVerbs.contains(verb) else { return false }
        }
        // "I didn't know that you have a dog": the past is in "did".
        if kind != .can, Self.didNotVerbs.contains(verb) {
            let before = (1...2).compactMap { context.token(at: verb.index - $0)?.lower }
            return before.first == "not" && before.dropFirst().first == "did"
                || before.first == "n't" && before.dropFirst().first == "did"
                || before.first == "didn't"
        }
        // "We were sure that we can …": "sure" after a past "be" reports a thought.
        if verb.lower == "sure" {
            guard kind != .will else { return false }
            return ["was", "were"].contains(context.token(at: verb.index - 1)?.lower ?? "")
        }
        let verbs: WordSet =
            switch kind {
            case .will: Self.willReportingVerbs
            case .can: turnedOut ? Self.reportingVerbs : Self.thinkingVerbs
            case .present: turnedOut ? Self.presentReportingVerbs : Self.presentThinkingVerbs
            }
        guard verbs.contains(verb) else { return false }
        // "I asked the waiter (if)": a verb of asking reports a question only with "if" or "whether".
        if ["asked", "wondered"].contains(verb.lower), link != "if", link != "whether" { return false }
        // "I found the room is small" reads two ways; "I found that the room was small" one.
        if kind == .present, Self.findingVerbs.contains(verb), !linked,
            context.token(at: verb.index + 1)?.lower != "out"
        {
            return false
        }
        // "I have heard", "we've been told", "as I said": not a past report.
        let before = (1...3).compactMap { context.token(at: verb.index - $0)?.lower }
        if before.contains(where: { ["have", "has", "'ve", "having"].contains($0) }) { return false }
        // "I don't expected that I can win": the learner's "expected" is not plainly past.
        if kind != .will, before.contains(where: { FunctionWords.doForms.contains($0) || $0 == "does" }) {
            return false
        }
        // "It is said that …": a present passive reports now.
        // "It is also thought that …" too.
        if before.prefix(2).contains(where: { ["am", "is", "are", "'s", "'re", "be"].contains($0) }) { return false }
        if before.count >= 2, before[1] == "as" || before[0] == "as" { return false }
        return ["VBD", "VBN"].contains(context.tag(at: verb.index))
    }

    /// The verb of telling before a short noun phrase that ends at `end` ("told my sister",
    /// "informed the manager"), if there is one.
    private func personTaker(beforeObjectEndingAt end: Int, in context: AnalysisContext) -> Token? {
        guard context.tag(at: end).hasPrefix("NN") else { return nil }
        var index = end - 1
        while index >= end - 3, let token = context.token(at: index), token.isWord {
            if Self.personTakers.contains(token) { return token }
            let tag = context.tag(at: index)
            guard tag.hasPrefix("NN") || tag == "JJ" || tag == "DT" || tag == "PRP$" else { return nil }
            index -= 1
        }
        return nil
    }
}
