// "a apple" → "an apple", "an book" → "a book" (determiner.a-an).

import TutorCore

/// "a apple" → "an apple", "an book" → "a book".
struct IndefiniteArticleMatcher: Matcher {
    let sound: ArticleSound

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for article in context.tokens where article.lower == "a" || article.lower == "an" {
            guard let next = context.token(at: article.index + 1), next.isWord, !next.isAllCaps, next.text.count > 1,
                let expected = sound.article(before: next.text), expected != article.lower
            else { continue }
            // "a" as a letter or a label ("plan a", "vitamin a") is not an article, nor is
            // a capital "A"/"An" inside a sentence ("From: An Soo Kim") or the last letter of
            // an abbreviation ("U.S.A").
            if article.text != article.lower, !article.startsSentence { continue }
            // "a another" takes no article at all ("another" is "an other"): "an another" is no fix.
            if next.lower == "another" { continue }
            if let previous = context.token(at: article.index - 1), previous.span.end == article.span.start,
                previous.text == "."
            {
                continue
            }
            matches.append(context.replacement(of: article, with: expected))
        }
        return matches
    }
}
