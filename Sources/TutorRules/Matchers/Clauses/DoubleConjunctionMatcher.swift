// "Although it rained, but we went" → "..., we went" (conjunction.although-but; Korean -지만, -서).

import TutorCore

/// "Although it was late, but we stayed" → "..., we stayed"; "Because it rained, so we
/// stayed" → "..., we stayed": English marks the link once, in the first clause.
struct DoubleConjunctionMatcher: Matcher {
    /// A sentence-opening conjunction and the one its main clause must then do without.
    private static let pairs: [String: Set<String>] = [
        "although": ["but"], "though": ["but"], "because": ["so"], "since": ["so"],
    ]

    /// Words after "since" that make it a point in time, not a reason.
    private static let timesSince: WordSet = [
        "then", "always", "ever", "childhood", "last", "yesterday", "now", "birth", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    var triggerWords: Set<String>? { ["although", "though", "because", "since"] }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for opener in context.tokens where opener.isWord && opener.startsSentence {
            guard let redundant = Self.pairs[opener] else { continue }
            // "Since then, so I …", "Since always …": "since" of time, no reason to mark twice.
            if opener.lower == "since", let after = context.token(at: opener.index + 1),
                after.kind == .number || Self.timesSince.contains(after)
            {
                continue
            }
            let sentence = context.sentence(containing: opener.index)
            // The first comma ends the subordinate clause; the redundant word right after it
            // ("..., but we") is the error. "Even though" starts the same way.
            guard let comma = sentence.first(where: { $0.text == "," }), let next = context.token(at: comma.index + 1),
                next.isWord, redundant.contains(next),
                let following = context.token(at: next.index + 1), following.isWord
            else { continue }
            matches.append(Match(span: context.span(from: next, to: following), suggestions: [following.text]))
        }
        return matches
    }
}
