// How likely a slip turns the word meant into what was typed: the spelling rule's error model.

/// The cost of the slips that turn the word meant into what was typed, as -log10 × 100 of
/// their relative likelihood, summed over the cheapest way there (a weighted edit distance).
/// Written from how people type and how learners, Korean learners among them, spell English:
/// a doubled letter typed once or a single one twice is the commonest slip; a vowel for
/// another (English spells one vowel sound many ways), a vowel left out or added, two letters
/// swapped, one of two like syllables left out ("repetion") come next; then a consonant for one
/// that sounds alike to the writer (f/p, b/v, l/r, s/z, c/k/s, g/j, t/d, m/n; t/s/c before
/// "io": -tion, -sion, -cion) and a letter English does not sound (the h of "ch", "wh", "gh",
/// the k of "kn", the b of "mb"; an opening h or the w of an opening "wh", which many
/// learners drop: "our" for "hour", "earing" for "hearing"); then a consonant left out of or added to a cluster ("tecnology")
/// and a key next to the one meant; any other change is rarest.
enum SpellingErrorModel {
    /// What every slip costs beside its kind: a word two slips away is about a hundred times
    /// less likely to be the one meant than a word one slip away.
    static let slip = 200
    static let doubled = 0
    static let vowel = 30
    static let swap = 30
    static let repeatedSyllable = 30
    static let soundAlike = 40
    static let silent = 40
    static let cluster = 60
    static let neighbouringKey = 60
    /// A change of none of the kinds above: a word it turns into what was typed is ten times
    /// less likely than one a learner's slip does ("hotest" is "hottest", not "honest"; "wich"
    /// is "which", not "with").
    static let other = 200

    /// The cost of turning `meant` into `typed` (both lowercase ASCII).
    static func cost(typed: String, meant: String) -> Int {
        let a = Array(typed.utf8)
        let b = Array(meant.utf8)
        return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in cost(a, b) } }
    }

    /// `cost(typed:meant:)` over the words' bytes, its table and gap costs in one scratch
    /// buffer: it runs for every candidate of every unknown word, and five arrays a call were
    /// a good part of its time.
    private static func cost(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let width = b.count + 1
        let cells = (a.count + 1) * width
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: cells + a.count + b.count) { scratch in
            let costs = UnsafeMutableBufferPointer(rebasing: scratch[..<cells])
            let typedGaps = UnsafeMutableBufferPointer(rebasing: scratch[cells..<(cells + a.count)])
            let meantGaps = UnsafeMutableBufferPointer(rebasing: scratch[(cells + a.count)...])
            for index in a.indices { typedGaps[index] = gapCost(a, index) }
            for index in b.indices { meantGaps[index] = gapCost(b, index) }
            costs[0] = 0
            for i in 0...a.count {
                for j in 0...b.count {
                    if i == 0 && j == 0 { continue }
                    var best = Int.max
                    if i > 0 { best = min(best, costs[(i - 1) * width + j] + slip + typedGaps[i - 1]) }
                    if j > 0 { best = min(best, costs[i * width + j - 1] + slip + meantGaps[j - 1]) }
                    if i > 0, j > 0 {
                        let substitution =
                            a[i - 1] == b[j - 1] ? 0 : slip + substitutionCost(a[i - 1], for: b, at: j - 1)
                        best = min(best, costs[(i - 1) * width + j - 1] + substitution)
                    }
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1], a[i - 1] != a[i - 2] {
                        best = min(best, costs[(i - 2) * width + j - 2] + slip + swap)
                    }
                    // The y of a word's end written "ie" ("activitie" for "activity"), or the "ie"
                    // of "-ies", "-ied" written "y" ("citys", "studyed"): the rule of y before an
                    // ending, used where it does not belong or forgotten where it does. And the y
                    // written "ee", as it sounds ("angree" for "angry", "happee" for "happy").
                    if i >= 2, j >= 1, a[i - 2] == letterI || a[i - 2] == letterE, a[i - 1] == letterE,
                        b[j - 1] == letterY,
                        isEndOrEnding(b, j), isEndOrEnding(a, i)
                    {
                        best = min(best, costs[(i - 2) * width + j - 1] + slip + vowel)
                    }
                    if i >= 1, j >= 2, a[i - 1] == letterY, b[j - 2] == letterI, b[j - 1] == letterE,
                        isEndOrEnding(b, j), isEndOrEnding(a, i)
                    {
                        best = min(best, costs[(i - 1) * width + j - 2] + slip + vowel)
                    }
                    // One of two like syllables in a row left out ("repetion" for "repetition") or
                    // written twice.
                    if j >= 4, b[j - 1] == b[j - 3], b[j - 2] == b[j - 4] {
                        best = min(best, costs[i * width + j - 2] + slip + repeatedSyllable)
                    }
                    if i >= 4, a[i - 1] == a[i - 3], a[i - 2] == a[i - 4] {
                        best = min(best, costs[(i - 2) * width + j] + slip + repeatedSyllable)
                    }
                    costs[i * width + j] = best
                }
            }
            return costs[a.count * width + b.count]
        }
    }

    private static let letterI = UInt8(ascii: "i")
    private static let letterE = UInt8(ascii: "e")
    private static let letterY = UInt8(ascii: "y")

    /// Whether `word` ends at `index`, or only an ending of inflection follows ("s", "d").
    private static func isEndOrEnding(_ word: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index == word.count
            || (index == word.count - 1 && (word[index] == UInt8(ascii: "s") || word[index] == UInt8(ascii: "d")))
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        letter == 0x61 || letter == 0x65 || letter == 0x69 || letter == 0x6F || letter == 0x75
    }

    /// A letter left out of, or added to, `word` at `index`.
    private static func gapCost(_ word: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let letter = word[index]
        let before: UInt8? = index > 0 ? word[index - 1] : nil
        let after: UInt8? = index + 1 < word.count ? word[index + 1] : nil
        if before == letter || after == letter { return doubled }
        if isVowel(letter) { return vowel }
        // An opening h English or the writer does not sound ("our" for "hour", "ole" for "whole").
        if index == 0, letter == UInt8(ascii: "h") || (letter == UInt8(ascii: "w") && after == UInt8(ascii: "h")) {
            return silent
        }
        if isSilent(letter, before: before, after: after) { return silent }
        let consonantBefore = before.map { !isVowel($0) } ?? false
        let consonantAfter = after.map { !isVowel($0) } ?? false
        if consonantBefore || consonantAfter { return cluster }
        if let before, areNeighbouringKeys(letter, before) { return neighbouringKey }
        if let after, areNeighbouringKeys(letter, after) { return neighbouringKey }
        return other
    }

    /// A letter English writes but does not sound there: the h of "ch", "gh", "ph", "sh", "th",
    /// "wh", "rh"; the k of "kn", the w of "wr", the g of "gn", the b of "mb", the n of "mn",
    /// the c of "sc" and "ck", the l of "could", "talk", "calm", the d of "dg", the t of "stle".
    private static func isSilent(_ letter: UInt8, before: UInt8?, after: UInt8?) -> Bool {
        let before = before ?? 0
        let after = after ?? 0
        switch letter {
        case UInt8(ascii: "h"):
            switch before {
            case UInt8(ascii: "c"), UInt8(ascii: "g"), UInt8(ascii: "p"), UInt8(ascii: "s"), UInt8(ascii: "t"),
                UInt8(ascii: "w"), UInt8(ascii: "r"), UInt8(ascii: "k"):
                return true
            default: return false
            }
        case UInt8(ascii: "k"), UInt8(ascii: "g"): return after == UInt8(ascii: "n")
        case UInt8(ascii: "w"): return after == UInt8(ascii: "r")
        case UInt8(ascii: "b"), UInt8(ascii: "n"): return before == UInt8(ascii: "m")
        case UInt8(ascii: "c"): return before == UInt8(ascii: "s") || after == UInt8(ascii: "k")
        case UInt8(ascii: "l"):
            return after == UInt8(ascii: "k") || after == UInt8(ascii: "d") || after == UInt8(ascii: "m")
        case UInt8(ascii: "d"): return after == UInt8(ascii: "g")
        case UInt8(ascii: "t"): return before == UInt8(ascii: "s") && after == UInt8(ascii: "l")
        default: return false
        }
    }

    /// `typed` written for the letter of `meant` at `index`.
    private static func substitutionCost(_ typed: UInt8, for meant: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let letter = meant[index]
        if typed == letter { return 0 }
        let cost = pairCosts.withUnsafeBufferPointer { $0[pairIndex(typed) &* 27 &+ pairIndex(letter)] }
        // t, s and c (one or two of them) before "io" all spell the sound of -tion, -sion,
        // -ssion, -cion.
        if cost > soundAlike, isTSC(typed), isTSC(letter) {
            var next = index + 1
            if next < meant.count, isTSC(meant[next]) { next += 1 }
            if next + 1 < meant.count, meant[next] == UInt8(ascii: "i"), meant[next + 1] == UInt8(ascii: "o") {
                return soundAlike
            }
        }
        return cost
    }

    /// A byte's row and column in `pairCosts`: a to z, then 26 for anything else.
    private static func pairIndex(_ byte: UInt8) -> Int {
        byte &- UInt8(ascii: "a") < 26 ? Int(byte &- UInt8(ascii: "a")) : 26
    }

    /// What one letter written for another costs where nothing around them counts (typed × 27
    /// + meant, by `pairIndex`): worked out once, as this is asked for most cells of every
    /// candidate's table. Anything but a to z, for anything else, is `other`.
    private static let pairCosts: [Int] = {
        var costs = [Int](repeating: other, count: 27 * 27)
        let letters = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
        for typed in letters {
            for letter in letters where typed != letter {
                let typedIsVowel = isVowel(typed) || typed == 0x79
                let letterIsVowel = isVowel(letter) || letter == 0x79
                costs[pairIndex(typed) * 27 + pairIndex(letter)] =
                    typedIsVowel && letterIsVowel
                    ? vowel
                    : soundsAlike(typed, letter)
                        ? soundAlike : areNeighbouringKeys(typed, letter) ? neighbouringKey : other
            }
        }
        return costs
    }()

    /// t, s or c.
    private static func isTSC(_ letter: UInt8) -> Bool {
        letter == UInt8(ascii: "t") || letter == UInt8(ascii: "s") || letter == UInt8(ascii: "c")
    }

    /// The letter's place in the alphabet (a is 0), nil for anything but a to z.
    private static func alphabetIndex(_ letter: UInt8) -> Int? {
        letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") ? Int(letter - UInt8(ascii: "a")) : nil
    }

    /// Consonants a learner hears or spells alike: f/p, b/v (Korean has neither f nor v), l/r
    /// (one Korean sound), s/z, c/k, c/s, k/q, g/j, t/d (the -ed ending), m/n. By letter (a is
    /// 0), a bit for each letter it sounds like: this is asked for most cells of every
    /// candidate's table, where a set's hashing cost more than the rest of the cell.
    private static let soundAlikeLetters: [UInt32] = {
        var masks = [UInt32](repeating: 0, count: 26)
        for pair in ["fp", "bv", "lr", "sz", "ck", "cs", "kq", "gj", "td", "mn"] {
            let letters = pair.utf8.map { Int($0 - UInt8(ascii: "a")) }
            masks[letters[0]] |= 1 << UInt32(letters[1])
            masks[letters[1]] |= 1 << UInt32(letters[0])
        }
        return masks
    }()

    static func soundsAlike(_ first: UInt8, _ second: UInt8) -> Bool {
        guard let a = alphabetIndex(first), let b = alphabetIndex(second) else { return false }
        return soundAlikeLetters[a] & (1 << UInt32(b)) != 0
    }

    /// Each letter's place on a QWERTY keyboard (a is 0): row, and column in quarter keys
    /// (each row starts a little further right than the one above).
    private static let keyPlaces: [(row: Int, column: Int)] = {
        var places = [(row: Int, column: Int)](repeating: (0, 0), count: 26)
        for (row, (keys, offset)) in [("qwertyuiop", 0), ("asdfghjkl", 1), ("zxcvbnm", 3)].enumerated() {
            for (column, key) in keys.utf8.enumerated() {
                places[Int(key - UInt8(ascii: "a"))] = (row, column * 4 + offset)
            }
        }
        return places
    }()

    /// Keys that touch: side by side in a row, or overlapping in the next row.
    static func areNeighbouringKeys(_ first: UInt8, _ second: UInt8) -> Bool {
        guard first != second, let firstIndex = alphabetIndex(first), let secondIndex = alphabetIndex(second) else {
            return false
        }
        let a = keyPlaces[firstIndex]
        let b = keyPlaces[secondIndex]
        switch abs(a.row - b.row) {
        case 0: return abs(a.column - b.column) == 4
        case 1: return abs(a.column - b.column) < 4
        default: return false
        }
    }
}
