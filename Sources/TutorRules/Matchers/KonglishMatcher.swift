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
    /// The entries by their first word.
    private let entriesByFirstWord: [String: [KonglishEntry]]

    init(entries: [KonglishEntry]) {
        entriesByFirstWord = Dictionary(grouping: entries.filter { !$0.words.isEmpty }) { $0.words[0] }
    }

    static func load(_ url: URL) throws(RuleDataError) -> [KonglishEntry] {
        try DataFile.rows(url, columns: 5).map { row in
            KonglishEntry(
                words: row[0].lowercased().split(separator: " ").map(String.init), english: row[1],
                standaloneOnly: row[2] == "standalone", explanation: LocalizedText(en: row[3], ko: row[4]))
        }
    }

    var triggerWords: Set<String>? { Set(entriesByFirstWord.keys) }

    func matches(in context: AnalysisContext) -> [Match] {
        let tokens = context.tokens
        var matches: [Match] = []
        for (start, token) in tokens.enumerated() where token.isWord {
            for entry in entriesByFirstWord[token.lower] ?? [] where start + entry.words.count <= tokens.count {
                let window = tokens[start..<(start + entry.words.count)]
                guard zip(entry.words, window).allSatisfy({ $0 == $1.lower }), let last = window.last else { continue }
                // "Fighting" ends the learner's message; "... is fighting" is plain English.
                if entry.standaloneOnly && tokens.lazy.filter(\.isWord).count != entry.words.count { continue }
                let english = token.isCapitalized ? entry.english.capitalizedFirst : entry.english
                matches.append(Match(span: context.span(from: token, to: last), suggestions: [english], message: entry.explanation))
            }
        }
        return matches
    }
}
