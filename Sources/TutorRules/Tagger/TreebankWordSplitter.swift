// Splits the analyser's tokens into the words the treebank tags: clitics, hyphens, "dont".

import Foundation
import TutorCore

/// The English Web Treebank tags "don't" as "do" + "n't", "I'm" as "I" + "'m", "well-known" as
/// "well" + "-" + "known", and a learner's "dont" as "do" + "nt"; the analyser's tokenizer
/// keeps each as one token. This splits tokens the treebank's way, so the tagger sees words
/// like those it was trained on, and says which token each word came from.
struct TreebankWordSplitter: Sendable {
    /// A word to tag, and what kind: the model tags only `.word`s.
    struct Word: Equatable {
        enum Kind { case word, hangul, symbol, address }
        var text: String
        var kind: Kind
        var tokenIndex: Int
    }

    /// Contractions written without an apostrophe ("dont", "im", "cannot") and how many
    /// letters their first word has ("do" of "dont": 2), from Resources/tagger/contractions.tsv.
    private let contractions: WordMap<Int>

    init(contentsOf url: URL) throws(RuleDataError) {
        var contractions = WordMap<Int>()
        var failure: RuleDataError?
        try DataFile.forEachRow(url, columns: 2) { row in
            let parts = row[1].split(separator: " ")
            guard parts.count == 2, parts.joined() == row[0] else {
                failure = .malformed(
                    file: url.lastPathComponent, detail: "\(row[0]) is not split into two words that make it up")
                return
            }
            contractions.set(row[0], to: parts[0].count)
        }
        if let failure { throw failure }
        self.contractions = contractions
    }

    /// The words of the tokens, in order.
    func words(of tokens: [Token]) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(tokens.count + 4)
        for token in tokens {
            switch token.kind {
            case .hangul:
                // Emoticon jamo (ㅋㅋ, ㅠㅠ) are laughter and tears, not Korean words.
                let isEmoticon = token.text.unicodeScalars.allSatisfy(LanguageDetector.isEmoticonJamo)
                words.append(Word(text: token.text, kind: isEmoticon ? .symbol : .hangul, tokenIndex: token.index))
            case .address:
                words.append(Word(text: token.text, kind: .address, tokenIndex: token.index))
            case .punctuation, .other:
                let isEmoji = token.text.unicodeScalars.contains { !$0.isASCII && $0.properties.isEmoji }
                words.append(Word(text: token.text, kind: isEmoji ? .symbol : .word, tokenIndex: token.index))
            case .number:
                words.append(Word(text: token.text, kind: .word, tokenIndex: token.index))
            case .word:
                // Most words have no hyphen, no apostrophe and are no contraction: one word.
                if isOneWord(token) {
                    words.append(Word(text: token.text, kind: .word, tokenIndex: token.index))
                    continue
                }
                for part in pieces(of: token.text) {
                    words.append(Word(text: part, kind: .word, tokenIndex: token.index))
                }
            }
        }
        return words
    }

    /// Whether a word token is one treebank word as it stands: no hyphen, no apostrophe, no
    /// contraction written without one.
    func isOneWord(_ token: Token) -> Bool {
        !token.text.containsByte { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 == 0xE2 }
            && contractions[token.lower] == nil
    }

    /// A word token's treebank words: split at hyphens, then each part at its clitic.
    private func pieces(of text: String) -> [String] {
        guard text.contains("-") else { return clitic(text) }
        var pieces: [String] = []
        for (index, part) in text.split(separator: "-", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { pieces.append("-") }
            if !part.isEmpty { pieces += clitic(String(part)) }
        }
        return pieces
    }

    /// "don't" → "do", "n't"; "she's" → "she", "'s"; "dont" → "do", "nt"; else the word.
    private func clitic(_ word: String) -> [String] {
        let lower = Tokenizer.normalizedLower(word)
        if lower.count > 3, word.count > 3, lower.hasSuffix("n't") {
            return split(word, keeping: word.count - 3)
        }
        if let apostrophe = word.lastIndex(where: { $0 == "'" || $0 == "’" }), apostrophe != word.startIndex {
            let rest = word[word.index(after: apostrophe)...].lowercased()
            if Self.clitics.contains(rest) { return [String(word[..<apostrophe]), String(word[apostrophe...])] }
        }
        if let length = contractions[lower] { return split(word, keeping: length) }
        return [word]
    }

    /// The word's first `length` characters and the rest (the word whole if it is shorter:
    /// lower-casing can change how many characters a word has).
    private func split(_ word: String, keeping length: Int) -> [String] {
        guard length > 0, let cut = word.index(word.startIndex, offsetBy: length, limitedBy: word.endIndex),
            cut < word.endIndex
        else { return [word] }
        return [String(word[..<cut]), String(word[cut...])]
    }

    /// What follows the apostrophe of a clitic the treebank splits off.
    private static let clitics: Set<String> = ["s", "m", "re", "ve", "ll", "d"]
}
