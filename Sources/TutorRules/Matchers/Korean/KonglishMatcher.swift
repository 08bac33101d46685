// Konglish: English-looking expressions made in Korea ("hand phone", "eye shopping").

import Foundation
import TutorCore

/// One Konglish expression from Resources/konglish.tsv.
struct KonglishEntry: Sendable, Hashable {
    var words: [String]
    var english: String
    /// Other natural English, just as right ("mobile phone" beside "cell phone").
    var alternatives: [String] = []
    /// Wrong only as a whole exclamation ("Fighting!"), not inside a sentence.
    var standaloneOnly: Bool
    var explanation: LocalizedText
}

/// Finds the Konglish expressions of the list and suggests the natural English, in the
/// plural where the learner's word was plural ("selcas") or a plural quantifier comes before
/// it ("many selca" → "many selfies"), and with "a" or "an" to match ("an arbeit" → "a
/// part-time job").
struct KonglishMatcher: Matcher {
    /// The entries by their first word, and by the plural of one-word entries ("selcas").
    private let entriesByFirstWord: [String: [KonglishEntry]]
    private let pluralQuantifiers: WordSet
    private let sound: ArticleSound

    init(entries: [KonglishEntry], lists: WordLists) {
        var byFirstWord = Dictionary(grouping: entries.filter { !$0.words.isEmpty }) { $0.words[0] }
        for entry in entries where entry.words.count == 1 && !entry.standaloneOnly {
            byFirstWord[entry.words[0] + "s", default: []].append(entry)
        }
        entriesByFirstWord = byFirstWord
        pluralQuantifiers = lists["plural-quantifiers"]
        sound = ArticleSound(lists: lists)
    }

    static func load(_ url: URL) throws(RuleDataError) -> [KonglishEntry] {
        try DataFile.rows(url, columns: 5).map { row in
            // The English column may list alternatives after the first: "cell phone|mobile phone".
            let english = row[1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return KonglishEntry(
                words: row[0].lowercased().split(separator: " ").map(String.init), english: english.first ?? row[1],
                alternatives: Array(english.dropFirst()),
                standaloneOnly: row[2] == "standalone", explanation: LocalizedText(en: row[3], ko: row[4]))
        }
    }

    var triggerWords: Set<String>? { Set(entriesByFirstWord.keys) }

    func matches(in context: AnalysisContext) -> [Match] {
        let tokens = context.tokens
        var matches: [Match] = []
        for (start, token) in tokens.enumerated() where token.isWord {
            for entry in entriesByFirstWord[token] ?? [] where start + entry.words.count <= tokens.count {
                let window = tokens[start..<(start + entry.words.count)]
                guard let last = window.last, zip(entry.words.dropLast(), window).allSatisfy({ $0 == $1.lower }),
                    let lastWord = entry.words.last,
                    last.lower == lastWord
                        || isLearnerPlural(last.lower, of: lastWord, alone: entry.words.count == 1, in: context)
                else { continue }
                // "Fighting" ends the learner's message; "... is fighting" is plain English.
                if entry.standaloneOnly && tokens.lazy.filter(\.isWord).count != entry.words.count { continue }
                var english = entry.english
                var alternatives = entry.alternatives
                if last.lower != lastWord || followsPluralQuantifier(token, in: context) {
                    guard let pluralEnglish = plural(of: english, in: context) else { continue }
                    english = pluralEnglish
                    alternatives = alternatives.compactMap { self.plural(of: $0, in: context) }
                }
                var first = token
                // "an arbeit" → "a part-time job": the article goes with the English.
                if let article = context.token(at: start - 1), article.lower == "a" || article.lower == "an",
                    let expected = sound.article(before: english), expected != article.lower
                {
                    first = article
                    english = expected + " " + english
                    alternatives = []  // their article may differ; the first English is enough here
                }
                if first.isCapitalized {
                    english = english.capitalizedFirst
                    alternatives = alternatives.map(\.capitalizedFirst)
                }
                matches.append(
                    Match(
                        span: context.span(from: first, to: last), suggestions: [english] + alternatives,
                        message: entry.explanation))
            }
        }
        return matches
    }

    /// "selcas", "hand phones": the Konglish word in the plural. A one-word expression's plural
    /// must be no English word of its own ("services" is English).
    private func isLearnerPlural(_ word: String, of konglish: String, alone: Bool, in context: AnalysisContext) -> Bool
    {
        guard word == konglish + "s" || word == konglish + "es" || word == context.lexicon.plural(of: konglish) else {
            return false
        }
        return !alone || (!context.lexicon.knows(word) && context.lexicon.usage(of: word) == 0)
    }

    /// "many", "two", "several", "some", "these", "a lot of", "lots of" just before the expression.
    private func followsPluralQuantifier(_ token: Token, in context: AnalysisContext) -> Bool {
        guard let previous = context.token(at: token.index - 1) else { return false }
        if previous.kind == .number { return Int(previous.text).map { $0 >= 2 } ?? false }
        guard previous.isWord else { return false }
        if pluralQuantifiers.contains(previous) || previous.lower == "some"
            || FunctionWords.numberWords[previous] != nil
        {
            return true
        }
        let before = context.token(at: token.index - 2)?.lower
        return previous.lower == "of" && (before == "lot" || before == "lots")
    }

    /// The English in the plural: its last word, when that is a noun people count ("cell
    /// phones") or one the lexicon does not know ("selfies"); nil otherwise ("window
    /// shopping", "You can do it!").
    private func plural(of english: String, in context: AnalysisContext) -> String? {
        guard let space = english.lastIndex(of: " ").map({ english.index(after: $0) }) ?? english.indices.first else {
            return nil
        }
        let last = String(english[space...])
        guard last.isLowercaseASCIIWord else { return nil }
        let plural: String
        if let entry = context.lexicon.countableSingular(last) {
            plural = entry.plural
        } else if !context.lexicon.knows(last) {
            plural = context.lexicon.plural(of: last)
            guard context.lexicon.usage(of: plural) > 0 else { return nil }
        } else {
            return nil
        }
        return english[..<space] + plural
    }
}
