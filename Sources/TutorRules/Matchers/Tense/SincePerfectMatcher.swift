// "I live here since 2010" → "I have lived here since 2010" (tense.since-perfect).

import TutorCore

/// A present verb whose clause says since when with "since": the time runs up to now, which
/// English says with the present perfect ("I live here since 2010" → "I have lived here",
/// "She is sick since Monday" → "has been"). "since" counts only before a point in time (a
/// year, "last ...", "then", "childhood", a month or day, "I was ..."), not where it means
/// "because" ("Since it rains, we stay in"). The subject must be a personal pronoun, so that
/// "have" or "has" is certain.
struct SincePerfectMatcher: Matcher {
    let lists: WordLists

    var triggerWords: Set<String>? { ["since", "for"] }

    /// Points in time after "since" (besides years, months, days and "last ...").
    private static let timePoints: WordSet = [
        "then", "childhood", "yesterday", "birth", "morning", "today",
    ]

    /// Ordinals before "grade" or "year": "since first grade", "since 2nd grade".
    private static let ordinals: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "1st", "2nd", "3rd", "4th", "5th", "6th",
    ]
    /// Stages of school before "school": "since middle school".
    private static let schoolStages: WordSet = ["elementary", "primary", "middle", "high", "secondary"]

    /// Months and weekdays.
    private static let calendarNames: WordSet = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for since in context.tokens where since.lower == "since" && startsPointInTime(after: since, in: context) {
            // "Since then, I worked here": the phrase comes first, its clause after it.
            if context.startsClause(since.index) {
                if let match = fronted(since, in: context) { matches.append(match) }
                continue
            }
            // Back from "since" to the subject pronoun and its verb, in one clause.
            guard let subject = subjectPronoun(before: since, in: context),
                let verb = context.token(at: subject.index + 1), verb.isWord,
                let perfect = presentPerfect(of: verb, subject: subject, in: context)
            else { continue }
            // Only one verb between the subject and "since": no "I think I ..." or "I go to see".
            let between = (verb.index + 1)..<since.index
            if between.contains(where: { context.tag(at: $0).hasPrefix("VB") || context.tag(at: $0) == "MD" }) {
                continue
            }
            matches.append(context.replacement(of: verb, with: perfect))
        }
        for word in context.tokens where word.lower == "for" {
            if let match = forYears(word, in: context) { matches.append(match) }
        }
        return matches
    }

    /// The subject pronoun that opens the clause of `word`, at most seven words before it; nil
    /// at the clause's start (an end mark, a comma, a word that starts a clause) without one.
    private func subjectPronoun(before word: Token, in context: AnalysisContext) -> Token? {
        var index = word.index - 1
        while index >= 0, index > word.index - 8, let token = context.token(at: index) {
            if token.endsClause || token.text == "," || FunctionWords.clauseStarters.contains(token) { return nil }
            if FunctionWords.subjectPronouns.contains(token), context.startsClause(index) { return token }
            index -= 1
        }
        return nil
    }

    /// Words by which "for ... years" may be a stay to come or a time that ended, not one that
    /// runs up to now ("I will be a student for two years", "Are you here for two years?").
    private static let notUpToNow: WordSet = [
        "will", "'ll", "going", "plan", "want", "hope", "next", "ago", "until", "when", "if", "would", "?",
    ]
    /// What "be" may take before "for ... years" as a state that runs on: a role ("a taxi
    /// driver"), a couple ("married", "friends", "together").
    private static let lastingStates: WordSet = ["a", "an", "married", "friends", "together", "best"]

    /// "He is a taxi driver for 20 years" → "has been": a personal pronoun, a present "be" and
    /// a role or a lasting state, then "for" and a number of years (more than one), in a
    /// sentence that says nothing of a time to come or ended; or any such "be" when "now"
    /// follows the years ("I am in a choir for 7 years now").
    private func forYears(_ word: Token, in context: AnalysisContext) -> Match? {
        guard let count = context.token(at: word.index + 1),
            count.kind == .number ? (Int(count.text) ?? 0) > 1 : (FunctionWords.numberWords[count] ?? 0) > 1,
            context.token(at: word.index + 2)?.lower == "years",
            !["old", "ago", "later"].contains(context.token(at: word.index + 3)?.lower ?? "")
        else { return nil }
        let sentence = context.sentence(containing: word.index)
        if sentence.contains(where: { Self.notUpToNow.contains($0.lower) || $0.text == "?" }) { return nil }
        // Back to the subject pronoun and its "be", in one clause.
        guard let subject = subjectPronoun(before: word, in: context), subject.lower != "it",
            let verb = context.token(at: subject.index + 1),
            ["am", "is", "are"].contains(verb.lower), let complement = context.token(at: verb.index + 1),
            Self.lastingStates.contains(complement) || context.token(at: word.index + 3)?.lower == "now",
            // Only "be" between the subject and "for": no other verb ("I am going to stay").
            !((verb.index + 1)..<word.index).contains(where: {
                (context.tag(at: $0).hasPrefix("VB") || context.tag(at: $0) == "MD")
                    && !Self.lastingStates.contains(context.tokens[$0])
            }),
            let perfect = presentPerfect(of: verb, subject: subject, in: context)
        else { return nil }
        return context.replacement(of: verb, with: perfect)
    }

    /// Words by which a sentence that opens with "since" may be about a time that ended, where
    /// the past or the past perfect is right ("Since then we were friends until she moved").
    private static let endedTimeWords: WordSet = [
        "until", "till", "ago", "yesterday", "when", "before", "after", "later", "had", "'d", "?",
    ]

    /// "Since then, I worked here" → "have worked", "Since 2019 we live in Seoul" → "have lived":
    /// a clause that opens with "since" and its point in time ("then", a year, "last ...", or
    /// "I was a child" before a comma), then a personal pronoun and a present verb or a past
    /// one (a verb that can only be past: "worked", "went"; "was"/"were" as "been").
    private func fronted(_ since: Token, in context: AnalysisContext) -> Match? {
        guard let next = context.token(at: since.index + 1) else { return nil }
        // Where the phrase ends: a clause after "since" runs to a comma; a time word is one or
        // two words ("last year"), a comma after it optional.
        var index: Int
        if FunctionWords.subjectPronouns.contains(next) {
            // "Since I was tired, I left": "since" means "because" as often; only an age or a
            // stage of life is a point in time for certain ("Since I was twelve", "a child").
            guard isStageOfLife(after: since.index + 2, in: context),
                let comma = ((since.index + 2)...(since.index + 9)).first(where: { context.token(at: $0)?.text == "," })
            else { return nil }
            index = comma + 1
        } else {
            index = since.index + (next.lower == "last" ? 3 : 2)
            if context.token(at: index)?.text == "," { index += 1 }
        }
        guard let subject = context.token(at: index), FunctionWords.subjectPronouns.contains(subject),
            subject.lower != "it", let verb = context.token(at: subject.index + 1), verb.isWord
        else { return nil }
        let sentence = context.sentence(containing: since.index)
        if sentence.contains(where: {
            $0.index > since.index + 1 && (Self.endedTimeWords.contains($0.lower) || $0.text == "?")
        }) {
            return nil
        }
        if let perfect = presentPerfect(of: verb, subject: subject, in: context) {
            return context.replacement(of: verb, with: perfect)
        }
        guard let perfect = perfect(ofPast: verb, subject: subject, in: context) else { return nil }
        return context.replacement(of: verb, with: perfect)
    }

    /// Words of an age or a stage of life after "I was" / "we were": "Since I was young".
    private static let stageWords: WordSet = ["young", "little", "small", "born", "kids", "children", "teenagers"]
    private static let stageNouns: WordSet = ["child", "kid", "boy", "girl", "baby", "teenager", "student", "teen"]

    /// Whether "was"/"were" at `index` is followed by an age or a stage of life: a number
    /// ("12", "twelve"), "young", "born", "a child".
    private func isStageOfLife(after index: Int, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: index + 1) else { return false }
        if next.kind == .number || FunctionWords.numberWords[next] != nil || Self.stageWords.contains(next) {
            return true
        }
        guard ["a", "an"].contains(next), let noun = context.token(at: index + 2) else { return false }
        return Self.stageNouns.contains(noun)
    }

    /// "worked" → "have worked", "was" → "have been" (after I), "were" → "have been": a verb
    /// that can only be past, after the pronoun.
    private func perfect(ofPast verb: Token, subject: Token, in context: AnalysisContext) -> String? {
        let third = FunctionWords.thirdPersonSubjects.contains(subject)
        let have = third ? "has" : "have"
        switch verb.lower {
        case "was":
            return ["i", "he", "she"].contains(subject) && context.tag(at: verb.index + 1) != "VBG"
                ? have + " been" : nil
        case "were":
            return ["we", "you", "they"].contains(subject) && context.tag(at: verb.index + 1) != "VBG"
                ? "have been" : nil
        default: break
        }
        let readings = context.lexicon.verbReadings(of: verb)
        guard let reading = readings.first(where: { $0.kind == .past }),
            !readings.contains(where: { $0.kind == .base || $0.kind == .thirdPerson }),
            !FunctionWords.doForms.contains(verb), verb.lower != "had",
            let forms = context.lexicon.verb(reading.base), forms.pastParticiple != "-", !forms.pastParticiple.isEmpty,
            context.tag(at: verb.index) == "VBD"
        else { return nil }
        return have + " " + forms.pastParticiple
    }

    /// Whether what follows "since" is a point in time: a year ("since 2010"), a month or
    /// weekday, "last week", "then", "I was a child".
    private func startsPointInTime(after since: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: since.index + 1) else { return false }
        if next.kind == .number, let year = Int(next.text), year >= 1900, year <= 2100 { return true }
        if Self.timePoints.contains(next) { return true }
        if next.lower == "last", let unit = context.token(at: since.index + 2),
            lists["time-units"].contains(unit)
        {
            return true
        }
        if Self.calendarNames.contains(next) { return true }
        // "since first grade", "since 3rd grade", "since middle school": a stage of school.
        if let after = context.token(at: since.index + 2) {
            if Self.ordinals.contains(next), ["grade", "year"].contains(after) { return true }
            if Self.schoolStages.contains(next), after.lower == "school" { return true }
        }
        if next.lower == "kindergarten" { return true }
        if FunctionWords.subjectPronouns.contains(next),
            ["was", "were"].contains(context.token(at: since.index + 2)?.lower ?? "")
        {
            return true
        }
        return false
    }

    /// "live" → "have lived", "lives" → "has lived", "am"/"is"/"are" → "have/has been"; nil
    /// for a verb that is not a plain present, or a verb of a state that is already in the
    /// progressive ("I am living here since").
    private func presentPerfect(of verb: Token, subject: Token, in context: AnalysisContext) -> String? {
        let third = FunctionWords.thirdPersonSubjects.contains(subject)
        let have = third ? "has" : "have"
        switch verb.lower {
        case "am": return subject.lower == "i" && context.tag(at: verb.index + 1) != "VBG" ? "have been" : nil
        case "is": return third && context.tag(at: verb.index + 1) != "VBG" ? "has been" : nil
        case "are":
            return !third && subject.lower != "i" && context.tag(at: verb.index + 1) != "VBG" ? "have been" : nil
        default: break
        }
        let tag = context.tag(at: verb.index)
        guard tag == (third ? "VBZ" : "VBP") else { return nil }
        let readings = context.lexicon.verbReadings(of: verb)
        guard let reading = readings.first(where: { $0.kind == (third ? .thirdPerson : .base) }),
            !readings.contains(where: { $0.kind == .past || $0.kind == .pastParticiple }),
            let forms = context.lexicon.verb(reading.base), !FunctionWords.doForms.contains(verb),
            !["have", "has"].contains(verb)
        else { return nil }
        return have + " " + forms.pastParticiple
    }
}
