// "the my friend" → "my friend", "a this kind" → "this kind" (determiner.article-possessive).

import TutorCore

/// A possessive ("my", "your", "our") or a demonstrative ("this", "these") already
/// determines its noun, so an article before it is one determiner too many: "These are the
/// my suggestions" → "my suggestions", "during the this year" → "this year". The article
/// goes; the other word says more. "That" is left alone ("the that-clause" is written so by
/// grammarians), as is "her", which may be an object ("I gave the book to her").
struct ArticlePossessiveMatcher: Matcher {
    private static let articles: WordSet = ["a", "an", "the"]
    private static let determiners: WordSet = ["my", "your", "his", "its", "our", "their", "this", "these", "those"]

    var triggerWords: Set<String>? { ["a", "an", "the"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { article -> Match? in
            guard Self.articles.contains(article), let next = context.token(at: article.index + 1), next.isWord,
                Self.determiners.contains(next), !next.isAllCaps || next.text.count < 3,
                // "the this" in quotation marks talks about the words ("'the' and 'this'").
                context.token(at: next.index + 1)?.isWord ?? false
            else { return nil }
            var match = context.deletion(of: article, anchoredToNext: true)
            let word = next.lower.capitalizedFirst
            match?.message = LocalizedText(
                en: "'\(word)' already says which one, so it needs no '\(article.lower)': '{correction}'.",
                ko: "'\(next.lower)'가 이미 어떤 것인지 알려 주니 앞에 '\(article.lower)'를 쓰지 않아요: '{correction}'.")
            return match
        }
    }
}
