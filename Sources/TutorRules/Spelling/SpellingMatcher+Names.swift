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
                word.isLowercaseASCIIWord, token.text.dropFirst() == word.dropFirst()
            else { continue }
            // The name depends on the word alone: worked out once (some 400 lookups) and kept.
            let kept = nameMemo.kept(token, in: context)
            guard
                let name = kept
                    ?? nameMemo.keep(name(misspeltAs: word, lexicon: context.lexicon), for: token, in: context)
            else { continue }
            found[token.index] = Match(span: token.span, suggestions: [name.capitalizedFirst])
        }
        return found
    }

    /// The one common name (in lower case) that `word`, a word no dictionary knows, is a
    /// likely slip for; nil when there is none, or more than one.
    private func name(misspeltAs word: String, lexicon: Lexicon) -> String? {
        guard lexicon.properNounUsage(of: word) == 0, !lexicon.knows(word),
            !lexicon.isSpeltRight(word.capitalizedFirst),
            !lists["spelling-ignore"].contains(word)
        else { return nil }
        let names = Self.namesOneEditAway(Array(word.utf8), in: lexicon).filter {
            // A last letter added or dropped makes another name ("Carolin", "Jordana").
            !$0.hasPrefix(word) && !word.hasPrefix($0)
                && SpellingErrorModel.cost(typed: word, meant: $0)
                    < SpellingErrorModel.slip + SpellingErrorModel.other
        }
        guard names.count == 1 else { return nil }
        return names.first
    }

    /// The common names (`commonMisspeltName`) one edit from `word` that keep its first
    /// letter: a letter left out, added or changed, or two neighbours swapped. This runs for
    /// every unknown word of six letters or more, some 400 edits each: an edit is hashed from
    /// the hash of the word's letters before it (FNV reads left to right), without building
    /// it, and a string is made only for a name found.
    static func namesOneEditAway(_ word: [UInt8], in lexicon: Lexicon) -> Set<String> {
        var found = Set<String>()
        // prefixHashes[i]: the hash of the word's first i letters.
        var prefixHashes: [UInt64] = [0xCBF2_9CE4_8422_2325]
        prefixHashes.reserveCapacity(word.count + 1)
        for byte in word { prefixHashes.append(fnv(byte, prefixHashes[prefixHashes.count - 1])) }
        func look(_ hash: UInt64, _ edit: () -> [UInt8]) {
            guard let usage = lexicon.properNouns.value(forKey: hash), usage >= commonMisspeltName else { return }
            found.insert(String(decoding: edit(), as: UTF8.self))
        }
        let alphabet = UInt8(ascii: "a")...UInt8(ascii: "z")
        for index in word.indices.dropFirst() {
            let before = prefixHashes[index]
            look(fnv(word[(index + 1)...], before)) { Array(word[..<index] + word[(index + 1)...]) }
            if index + 1 < word.count {
                let swapped = fnv(word[index], fnv(word[index + 1], before))
                look(fnv(word[(index + 2)...], swapped)) {
                    var edit = word
                    edit.swapAt(index, index + 1)
                    return edit
                }
            }
            for letter in alphabet where letter != word[index] {
                look(fnv(word[(index + 1)...], fnv(letter, before))) {
                    var edit = word
                    edit[index] = letter
                    return edit
                }
            }
        }
        for index in 1...word.count {
            for letter in alphabet {
                look(fnv(word[index...], fnv(letter, prefixHashes[index]))) {
                    var edit = word
                    edit.insert(letter, at: index)
                    return edit
                }
            }
        }
        return found
    }

    /// FNV-1a (HashedWordTable's hash) of one more byte.
    private static func fnv(_ byte: UInt8, _ hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }

    /// FNV-1a of more bytes.
    private static func fnv(_ bytes: ArraySlice<UInt8>, _ hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = fnv(byte, hash) }
        return hash
    }
}

extension SpellingMatcher {
    /// Greetings after which the next word is most likely a name ("Hi minji", "Dear jiwoo").
    private static let greetings: Set<String> = ["hi", "hello", "hey", "dear", "bye"]
    /// Words after which a word that ends the sentence is most likely a name ("Thanks minji!").
    private static let addressingWords: Set<String> = ["thanks", "sorry"]
    /// Words that are greeted as often as names, so a slip for one after a greeting is still
    /// corrected ("hi evryone" → "everyone", "hello evry one" → "every").
    private static let greeted: Set<String> = [
        "everyone", "everybody", "every", "all", "there", "guys", "friends", "teacher", "sir", "madam",
    ]

    /// Whether an unknown word is most likely a name someone is addressed by, so that its
    /// nearest word ("minji" → "mini") is no correction: right after a greeting ("Hi minji",
    /// "Hi, minji"), or after "thanks", "thank you" or "sorry" (with or without a comma) and
    /// before a comma or the sentence's end ("Thanks, minji!"); or, in the shape of a romanised
    /// Korean given name, after a person ("my friend minji") or "named". `best` is the word it
    /// would be corrected to; one that is itself greeted ("everyone") is still offered. Any other word
    /// after a comma that ends the sentence ("See you tomorrow, minji.") is a name only in the
    /// shape of a romanised Korean given name: otherwise it is as often a slip in a list or an
    /// adverb ("hopefuly").
    func isAddressedName(_ token: Token, best: String, in context: AnalysisContext) -> Bool {
        guard !Self.greeted.contains(best), var previous = context.token(at: token.index - 1) else { return false }
        // "His name is minsu": a name that is introduced.
        if previous.lower == "is", context.token(at: token.index - 2)?.lower == "name" { return true }
        // "my friend minji", "a girl named jiwoo": a romanised Korean name after the person it
        // names, or after "named" or "called".
        if lists["person-nouns"].contains(previous) || Self.naming.contains(previous.lower),
            RomanisedKoreanName.isGivenName(token.lower)
        {
            return true
        }
        let next = context.token(at: token.index + 1)
        let endsAddress = next.map { Self.addressEnds.contains($0.text) } ?? true
        var wordBefore = token.index - 1
        if previous.text == "," {
            if endsAddress, next?.text != ",", RomanisedKoreanName.isGivenName(token.lower) { return true }
            guard let word = context.token(at: token.index - 2) else { return false }
            previous = word
            wordBefore -= 1
        }
        guard previous.isWord else { return false }
        if Self.greetings.contains(previous.lower) { return true }
        guard endsAddress else { return false }
        return Self.addressingWords.contains(previous.lower)
            || (previous.lower == "you" && context.token(at: wordBefore - 1)?.lower == "thank")
    }

    /// Words that put a name after them ("a dog named coco").
    private static let naming: Set<String> = ["named", "called"]

    /// What may follow a name after "thanks" or "sorry".
    private static let addressEnds: Set<String> = [".", "!", "?", ","]
}
