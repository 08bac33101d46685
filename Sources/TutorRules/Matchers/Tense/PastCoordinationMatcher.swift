// "We went to the beach and swim" → "swam" (tense.past-coordination).

import TutorCore

/// A present verb joined by "and" to a past one with the same subject: "We went to the
/// beach and swim all day" → "swam". The verb after "and" has no subject of its own, so it
/// shares the past verb's subject and its time. The past verb must be the finite verb of its
/// clause, right after its subject ("we went", "she always had"), and the nearest verb before
/// "and": "I made him cry and laugh", "I did not eat and drink", "I had to leave and go" join
/// two bare verbs, which stay as they are. Not after a form of "be" ("I was born in Busan and
/// live in Seoul" may still be true), not for states or verbs said now ("I received your
/// letter and thank you"), nor in a sentence that speaks of now or asks a question.
struct PastCoordinationMatcher: Matcher {
    let lists: WordLists

    var triggerWords: Set<String>? { ["and"] }

    /// Verbs that do what they say as they are said, or state what may still hold.
    private static let presentVerbs: WordSet = [
        "thank", "apologize", "apologise", "enclose", "attach", "request", "wish", "hope", "regret", "complain",
        "suggest", "recommend", "expect", "intend", "refer", "write", "remain", "say", "admit", "insist",
        "consider",
    ]
    /// Verbs said now when "you" follows: "I read your advertisement and ask you for details".
    private static let presentWithYou: WordSet = ["ask", "tell", "promise", "assure", "beg", "remind", "invite"]
    /// Words by which a sentence is not only about the past: a time of now or later, a plan,
    /// a habit that may go on ("I bought a bike and ride it every day"), a plan, or an unreal
    /// condition. Not "always", which goes with the past verb before it ("I always had my key
    /// and unlocked the door").
    private static let nonPastWords: WordSet = [
        "will", "'ll", "tomorrow", "next", "now", "today", "tonight", "nowadays", "currently", "these", "going",
        "every", "everyday", "usually", "still", "anymore", "if", "unless", "wish",
    ]
    /// Tags of the subject right before the past verb.
    private static let subjectTags: Set<String> = ["PRP", "NN", "NNS", "NNP", "NNPS"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for joiner in context.tokens where joiner.lower == "and" {
            guard var verb = context.token(at: joiner.index + 1) else { continue }
            if verb.lower == "then", let next = context.token(at: verb.index + 1) { verb = next }
            // The words first, the tags last: most verbs after "and" have no past this rule
            // would give, whatever their tag, and tagging is most of the analyser's time.
            guard verb.isWord, !verb.isCapitalized, mayHavePast(verb, in: context),
                !speaksOfNow(context.sentence(containing: joiner.index)),
                let past = pastForm(of: verb, in: context),
                let anchor = pastVerb(before: joiner, in: context)
            else { continue }
            var match = context.replacement(of: verb, with: past)
            // The message names the past verb the corrected one is joined to.
            let shown = String(anchor.text.filter { $0 != "{" && $0 != "}" })
            match.message = LocalizedText(
                en: "'\(shown)' before 'and' is in the past, and '{original}' shares its subject, so it is "
                    + "in the past too: '{correction}'.",
                ko: "'and' 앞의 동사('\(shown)')가 과거이고 '{original}'도 주어가 같으니까 과거 시제로 써요: "
                    + "'{correction}'.")
            matches.append(match)
        }
        return matches
    }

    /// Whether `pastForm(of:in:)` may give the token a past by its words alone, whatever its
    /// tag: its base form, as a VB/VBP or as a VBZ, passes the word checks and has a past.
    private func mayHavePast(_ verb: Token, in context: AnalysisContext) -> Bool {
        if mayHavePast(base: verb.lower, after: verb, in: context) { return true }
        guard let reading = context.lexicon.verbReadings(of: verb).first(where: { $0.kind == .thirdPerson }) else {
            return false
        }
        return mayHavePast(base: reading.base, after: verb, in: context)
    }

    /// `pastForm(of:in:)`'s conditions on a base form that read no tag.
    private func mayHavePast(base: String, after verb: Token, in context: AnalysisContext) -> Bool {
        !FunctionWords.beForms.contains(base) && !FunctionWords.doForms.contains(base)
            && !FunctionWords.modals.contains(base) && base != "have" && !lists["stative-verbs"].contains(base)
            && !Self.presentVerbs.contains(base)
            && (!Self.presentWithYou.contains(base) || context.token(at: verb.index + 1)?.lower != "you")
            && pastOfBase(base, in: context) != nil
    }

    /// The past of a verb in the present with no subject of its own: its base form (tagged VB
    /// or VBP) or its -s form (VBZ); nil for anything unsure.
    private func pastForm(of verb: Token, in context: AnalysisContext) -> String? {
        let base: String
        switch context.tag(at: verb.index) {
        case "VB", "VBP": base = verb.lower
        case "VBZ":
            guard let reading = context.lexicon.verbReadings(of: verb).first(where: { $0.kind == .thirdPerson })
            else { return nil }
            base = reading.base
        default: return nil
        }
        guard !FunctionWords.beForms.contains(base), !FunctionWords.doForms.contains(base),
            !FunctionWords.modals.contains(base), base != "have",
            !lists["stative-verbs"].contains(base), !Self.presentVerbs.contains(base),
            !Self.presentWithYou.contains(base) || context.token(at: verb.index + 1)?.lower != "you",
            // "and try to win": a verb followed by an infinitive is often a wish or a plan.
            context.token(at: verb.index + 1)?.lower != "to" || !context.tag(at: verb.index + 2).hasPrefix("VB")
        else { return nil }
        // "more functions and form.": a word that is mostly a noun, ending its clause, is one.
        if let noun = context.lexicon.noun(singular: verb), let forms = context.lexicon.verb(base),
            noun.frequency > forms.frequency, context.token(at: verb.index + 1)?.endsClause ?? true
        {
            return nil
        }
        return pastOfBase(base, in: context)
    }

    /// The past of a common verb given in its base form, when the word is not also a past
    /// form ("put", "read"). The tagger has read it as a verb, so a noun of the same spelling
    /// ("run", "cook") does not count against it.
    private func pastOfBase(_ base: String, in context: AnalysisContext) -> String? {
        let readings = context.lexicon.verbReadings(of: base)
        guard readings.contains(where: { $0.kind == .base }), !readings.contains(where: { $0.kind == .past }),
            let forms = context.lexicon.verb(base), forms.frequency >= 5
        else { return nil }
        return forms.past
    }

    /// The nearest verb before `joiner`, in its clause, when it is a past verb (not "was" or
    /// "were") right after its subject: "we went to the beach and", "she always had a key,
    /// and"; nil otherwise.
    private func pastVerb(before joiner: Token, in context: AnalysisContext) -> Token? {
        var index = joiner.index - 1
        // "We went home, and cooked": a comma right before "and" leaves the subject shared.
        if context.token(at: index)?.text == "," { index -= 1 }
        while index >= 0, let token = context.token(at: index) {
            if token.endsClause || FunctionWords.clauseStarters.contains(token) { return nil }
            let tag = context.tag(at: index)
            if tag.hasPrefix("VB") || tag == "MD" {
                guard !FunctionWords.beForms.contains(token), tag == "VBD" || tag == "VBN",
                    hasSubject(before: index, strict: tag == "VBN", in: context)
                else { return nil }
                return token
            }
            index -= 1
        }
        return nil
    }

    /// Whether a pronoun or a noun stands right before the verb at `index`, with at most a
    /// frequency adverb between ("I always had"). A past the tagger reads as a participle
    /// (`strict`: "my brother cooked/VBN dinner") counts only after a pronoun, or after a noun
    /// whose phrase opens the clause ("my brother"), not inside one ("the food cooked by").
    private func hasSubject(before index: Int, strict: Bool, in context: AnalysisContext) -> Bool {
        var position = index - 1
        if let token = context.token(at: position), FunctionWords.frequencyAdverbs.contains(token) { position -= 1 }
        guard let subject = context.token(at: position), subject.isWord,
            // "the prize that I won and give details": the relative clause may end before "and".
            !["that", "which", "who", "whom"].contains(context.token(at: position - 1)?.lower ?? "")
        else { return false }
        let tag = context.tag(at: position)
        guard strict, tag != "PRP" else { return Self.subjectTags.contains(tag) }
        guard tag.hasPrefix("NN"), let determiner = context.token(at: position - 1) else { return false }
        return FunctionWords.determiners.contains(determiner) && context.startsClause(determiner.index)
    }

    /// A sentence that is not only about the past: a question, a quotation, or a word of now,
    /// of later or of an unreal condition ("now", "tomorrow", "if").
    private func speaksOfNow(_ sentence: ArraySlice<Token>) -> Bool {
        sentence.contains { token in
            (token.kind == .punctuation && ["?", "\"", "“"].contains(token.text)) || Self.nonPastWords.contains(token)
        }
    }
}
