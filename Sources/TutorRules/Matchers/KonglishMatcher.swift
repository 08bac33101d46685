// Konglish: English-looking expressions made in Korea ("hand phone", "eye shopping").

import Foundation
import TutorCore

/// One Konglish expression from Resources/konglish.tsv.
struct KonglishEntry: Sendable, Hashable {
    var words: [String]
    var english: String
    /// Wrong only as a whole exclamation ("Fighting!"), not inside a sentence.
    var standaloneOnly: Bool
    var explanation: LocalizedText
}

/// Finds the Konglish expressions of the list and suggests the natural English.
struct KonglishMatcher: Matcher {
    let entries: [KonglishEntry]

    static func load(_ url: URL) throws(RuleDataError) -> [KonglishEntry] {
        try Lexicon.rows(url, columns: 5).map { row in
            KonglishEntry(
                words: row[0].lowercased().split(separator: " ").map(String.init), english: row[1],
                standaloneOnly: row[2] == "standalone", explanation: LocalizedText(en: row[3], ko: row[4]))
        }
    }

    func matches(in context: AnalysisContext) -> [Match] {
        let tokens = context.tokens
        let words = tokens.filter(\.isWord)
        var matches: [Match] = []
        for entry in entries {
            guard tokens.count >= entry.words.count else { continue }
            for start in 0...(tokens.count - entry.words.count) {
                let window = tokens[start..<(start + entry.words.count)]
                guard zip(entry.words, window).allSatisfy({ $0 == $1.lower }), let first = window.first, let last = window.last else { continue }
                if entry.standaloneOnly && words.count != entry.words.count { continue }
                // "Fighting" ends the learner's message; "... is fighting" is plain English.
                let english = first.isCapitalized ? entry.english.capitalizedFirst : entry.english
                matches.append(Match(span: context.span(from: first, to: last), suggestions: [english], message: entry.explanation))
            }
        }
        return matches
    }
}
