// "At first, I would like to thank you" → "First, I would like" (preposition.at-first).

import TutorCore

/// "At first" means "in the beginning", before something changed ("At first I was nervous,
/// but …"); a first point in a list of points is "First" or "Firstly". The rule reads a
/// sentence that opens with "At first" as such a point only when the clause says what the
/// writer wants, will or must do now: its first verb is a modal ("At first, I would like to
/// …", "At first you must …"; not "could", which tells the past) or a present verb of
/// wanting, thinking or proposing ("At first, I want to say …", "At first I think …"). Left
/// alone: the past, which tells a story ("At first I was shy"), "at first sight", and a
/// sentence with "but", "then", "later" or "now", which sets the beginning against what came
/// after.
struct AtFirstListingMatcher: Matcher {
    private static let pointVerbs: WordSet = [
        "want", "wants", "think", "suggest", "propose", "recommend", "need", "let", "have", "has",
    ]
    private static let contrastWords: WordSet = [
        "but", "then", "later", "now", "until", "till", "soon", "eventually", "afterwards", "sight", "glance",
    ]

    var triggerWords: Set<String>? { ["first"] }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for at in context.tokens where at.isWord && at.lower == "at" && at.startsSentence {
            guard let first = context.token(at: at.index + 1), first.isWord, first.lower == "first" else { continue }
            let sentence = context.sentence(containing: at.index)
            guard !sentence.contains(where: { $0.isWord && Self.contrastWords.contains($0) }),
                opensPoint(after: first.index, in: sentence, context: context)
            else { continue }
            let choices = at.isAllCaps ? ["FIRST", "FIRSTLY", "FIRST OF ALL"] : ["First", "Firstly", "First of all"]
            var match = Match(span: context.span(from: at, to: first), suggestions: choices)
            match.message = LocalizedText(
                en: "'At first' means 'in the beginning'; a first point is '{correction}'.",
                ko: "'at first'는 '처음에는'이라는 뜻이에요. 첫째 요점을 말할 때는 {correction:을} 써요.")
            matches.append(match)
        }
        return matches
    }

    /// Whether the clause after "At first" says what the writer will or wants to do now: its
    /// first verb (a word tagged VB…, or a modal) is a modal or a present verb of wanting,
    /// thinking or proposing.
    private func opensPoint(after index: Int, in sentence: ArraySlice<Token>, context: AnalysisContext) -> Bool {
        for token in sentence where token.index > index && token.isWord {
            let tag = context.tag(at: token.index)
            // "At first I could not believe it": "could" tells the past; "At first I'd helped
            // them": the past perfect's "had", not "would".
            if tag == "MD" {
                return token.lower != "could" && !(token.lower == "'d" && context.tag(at: token.index + 1) == "VBN")
            }
            if tag.hasPrefix("VB") {
                return ["VBP", "VBZ", "VB"].contains(tag) && Self.pointVerbs.contains(token)
            }
        }
        return false
    }
}
