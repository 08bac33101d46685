// "We stayed home because the rain." → "because of the rain" (preposition.because-of).

import TutorCore

/// "Because" joins a clause ("because it rained"); before a noun phrase alone it needs "of"
/// ("because of the rain"). The rule reads what follows "because" up to the end of the
/// sentence, or up to a comma before the main clause's subject pronoun: one or more noun
/// phrases (joined by "of", "and", "or" or a preposition phrase of their own: "because of the
/// lack of staff", "because of the noise in the street"), with no verb among them. A comma
/// before anything else goes on ("because my friend, who is French, is coming"), and a time
/// phrase after "because" ("because this year, I …") starts the clause rather than being its
/// reason. The words first ("because" and a determiner or a possessive after it), the tags
/// only then.
struct BecauseOfMatcher: Matcher {
    let timeUnits: WordSet

    var triggerWords: Set<String>? { ["because"] }

    private static let clauseSubjects: WordSet = ["i", "you", "he", "she", "it", "we", "they", "there"]
    private static let abbreviations: WordSet = ["mr", "mrs", "ms", "dr", "st", "prof", "mt", "no"]

    private static let openers: WordSet = [
        "the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those", "some",
        "all", "many", "much", "lots", "bad", "heavy", "terrible", "poor",
    ]
    private static let joiners: WordSet = ["of", "and", "or", "in", "at", "on", "for", "with", "from", "to", "about"]
    /// Tags a noun phrase is made of.
    private static let phraseTags: Set<String> = [
        "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "RB",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for because in context.tokens where because.isWord && because.lower == "because" {
            guard let first = context.token(at: because.index + 1), first.isWord,
                Self.openers.contains(first), isNounPhrasesToEnd(from: first.index, in: context)
            else { continue }
            var match = Match(
                span: because.span, suggestions: [because.isAllCaps ? "BECAUSE OF" : because.text + " of"])
            match.message = LocalizedText(
                en: "Before a noun phrase on its own, 'because' needs 'of': '{correction}'.",
                ko: "'because' 뒤에 문장이 아니라 명사만 올 때는 'because of'라고 해요: '{correction}'.")
            matches.append(match)
        }
        return matches
    }

    /// Whether the words from `start` to the end of the clause (a stop, a comma, a semicolon or
    /// the end) are noun phrases with a noun in each, joined by prepositions or "and", and no
    /// verb.
    private func isNounPhrasesToEnd(from start: Int, in context: AnalysisContext) -> Bool {
        var index = start
        var sawNoun = false
        var words = 0
        while let token = context.token(at: index) {
            if !token.isWord && token.kind != .number {
                if token.text == "," {
                    // "Because of the rain, we stayed in": a comma ends the phrase only before
                    // the main clause's subject; "because my friend, who is French, is coming"
                    // goes on.
                    guard let next = context.token(at: index + 1), Self.clauseSubjects.contains(next) else {
                        return false
                    }
                    break
                }
                if token.text == ".", let previous = context.token(at: index - 1),
                    previous.text.count == 1 || Self.abbreviations.contains(previous)
                {
                    return false  // "Mr. Kim", "S. Park": not the end of the sentence.
                }
                if [".", ";", "!", "?", ")", ":"].contains(token.text) || token.text == "..." { break }
                if token.text == "'" || token.text == "-" {
                    index += 1
                    continue
                }
                return false
            }
            words += 1
            if words > 12 { return false }
            if Self.joiners.contains(token) {
                // A joiner must follow a noun.
                guard sawNoun else { return false }
            } else {
                let tag = context.tag(at: index)
                guard Self.phraseTags.contains(tag) else { return false }
                if tag.hasPrefix("NN") {
                    // "because this year, I …", "because all the time you …": a time phrase
                    // before the clause, not the reason.
                    if !sawNoun, timeUnits.contains(token) { return false }
                    sawNoun = true
                }
                // "because the more you practise": a comparative clause.
                if tag == "RB", !sawNoun { return false }
            }
            index += 1
        }
        // The last word must end a noun phrase: a noun.
        guard sawNoun, let last = context.token(at: index - 1), last.isWord else { return false }
        return context.tag(at: last.index).hasPrefix("NN") || context.tag(at: last.index) == "CD"
    }
}
