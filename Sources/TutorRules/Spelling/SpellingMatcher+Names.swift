// Spelling: a word one slip from a common name written with a capital ("Wendsday", "Desember").

import TutorCore

extension SpellingMatcher {
    /// The shortest word looked up among the names: shorter ones are as often a name of
    /// their own ("Minsu", "Jiho") as a slip for one.
    static let shortestMisspeltName = 6
    /// Zipf × 100 a name needs to be what a misspelt word meant: about thirty times per
    /// million words (the days, the months, big countries and languages, "Christmas").
    static let commonMisspeltName = 450

    /// Words no dictionary knows that are one likely slip from exactly one common name written
    /// with a capital (a day, a month, a country, a language, a big city: "Wendsday" →
    /// "Wednesday", "Desember" → "December"), keyed by token index. The word list's other
    /// words are not looked for here: the name is the only reading offered, so a word that
    /// could be two names, or whose slip is of no likely kind, is left alone.
    func misspeltNames(in context: AnalysisContext) -> [Int: Match] {
        var found: [Int: Match] = [:]
        for token in context.rareWords {
            let word = token.lower
            guard word.utf8.count >= Self.shortestMisspeltName, word.utf8.count <= Self.longestWordSearched,
                word.isLowercaseASCIIWord, token.text.dropFirst() == word.dropFirst(),
                context.lexicon.properNounUsage(of: word) == 0, !context.lexicon.knows(word),
                !context.lexicon.isSpeltRight(word.capitalizedFirst),
                !lists["spelling-ignore"].contains(word)
            else { continue }
            let names = Self.oneEditAway(word).filter {
                // A last letter added or dropped makes another name ("Carolin", "Jordana").
                $0.utf8.first == word.utf8.first && !$0.hasPrefix(word) && !word.hasPrefix($0)
                    && context.lexicon.properNounUsage(of: $0) >= Self.commonMisspeltName
                    && SpellingErrorModel.cost(typed: word, meant: $0)
                        < SpellingErrorModel.slip + SpellingErrorModel.other
            }
            guard names.count == 1, let name = names.first else { continue }
            found[token.index] = Match(span: token.span, suggestions: [name.capitalizedFirst])
        }
        return found
    }

    /// The distinct lowercase words one edit from `word`: a letter left out, added or
    /// changed, or two neighbours swapped.
    static func oneEditAway(_ word: String) -> Set<String> {
        let bytes = Array(word.utf8)
        let alphabet = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
        var edits = Set<String>()
        func add(_ letters: [UInt8]) { edits.insert(String(decoding: letters, as: UTF8.self)) }
        for index in bytes.indices {
            var shorter = bytes
            shorter.remove(at: index)
            add(shorter)
            if index + 1 < bytes.count {
                var swapped = bytes
                swapped.swapAt(index, index + 1)
                add(swapped)
            }
            for letter in alphabet where letter != bytes[index] {
                var changed = bytes
                changed[index] = letter
                add(changed)
            }
        }
        for index in 0...bytes.count {
            for letter in alphabet {
                var longer = bytes
                longer.insert(letter, at: index)
                add(longer)
            }
        }
        edits.remove(word)
        return edits
    }
}
