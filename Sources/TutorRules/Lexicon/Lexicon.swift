// Word forms and parts of speech, loaded from the generated files in Resources/lexicon.

import Foundation

/// The forms of one verb.
struct VerbForms: Hashable, Sendable {
    var base: String
    var thirdPerson: String
    var past: String
    var pastParticiple: String
    var presentParticiple: String
    var frequency: Int
}

/// Which form of a verb a word is.
enum VerbFormKind: Hashable, Sendable {
    case base, thirdPerson, past, pastParticiple, presentParticiple
}

/// A noun's number and how often the word is a noun, a verb or an adjective.
struct NounEntry: Hashable, Sendable {
    var singular: String
    var plural: String
    var frequency: Int
    var verbFrequency: Int
    var adjectiveFrequency: Int
}

/// The English lexicon the rules look words up in (WordNet-derived; see Resources/lexicon).
/// A class: every rule and every utterance's context shares the one loaded at start-up.
final class Lexicon: Sendable {
    /// The verbs, nouns and adjectives (forms.bin, generated from verbs.tsv, nouns.tsv and
    /// adjectives.tsv).
    private let forms: WordFormTables
    let nounsBySingular: NounTable
    let nounsByPlural: NounTable
    let comparatives: AdjectiveFormTable
    let superlatives: AdjectiveFormTable
    let adjectiveFrequency: AdjectiveTable
    let uncountable: WordSet
    /// Zipf frequency × 100 of common words (frequency.bin, from frequency.tsv); absent words
    /// are rare or unknown.
    let zipf: HashedWordTable
    /// Zipf × 100 of names the word lists hold only with a capital, keyed in lower case.
    let properNouns: HashedWordTable
    /// The words of the frequency table, searchable by edit distance (spelling suggestions;
    /// trie.bin, from frequency.tsv).
    let commonWords: WordTrie
    /// How often words and word pairs occur: which of several suggestions fits its neighbours.
    let ngrams: NGramTable
    /// The words Hunspell's American or British dictionary accepts (spelling.bin).
    let spelling: HashedWordTable

    /// Loads the lexicon from a directory holding uncountable.txt, proper-nouns.tsv, and the
    /// mapped tables forms.bin, frequency.bin, trie.bin, ngrams.bin and spelling.bin.
    init(directory: URL) throws(RuleDataError) {
        let forms = try WordFormTables(contentsOf: directory.appendingPathComponent("forms.bin"))
        self.forms = forms
        nounsBySingular = NounTable(tables: forms, index: forms.singulars, formField: 0)
        nounsByPlural = NounTable(tables: forms, index: forms.plurals, formField: 1)
        comparatives = AdjectiveFormTable(tables: forms, index: forms.comparatives)
        superlatives = AdjectiveFormTable(tables: forms, index: forms.superlatives)
        adjectiveFrequency = AdjectiveTable(index: forms.adjectives)
        uncountable = WordSet(try DataFile.lines(directory.appendingPathComponent("uncountable.txt")))
        zipf = try HashedWordTable(contentsOf: directory.appendingPathComponent("frequency.bin"), magic: "CTFQ")
        commonWords = try WordTrie(contentsOf: directory.appendingPathComponent("trie.bin"))
        var names: [(word: String, value: UInt16)] = []
        try DataFile.forEachRow(directory.appendingPathComponent("proper-nouns.tsv"), columns: 2) { row in
            names.append((row[0], UInt16(clamping: row.int(1) ?? 0)))
        }
        properNouns = HashedWordTable(names)
        ngrams = try NGramTable(contentsOf: directory.appendingPathComponent("ngrams.bin"))
        spelling = try HashedWordTable(contentsOf: directory.appendingPathComponent("spelling.bin"), magic: "CTSP")
    }

    // MARK: - Verbs

    func verb(_ base: String) -> VerbForms? { forms.verbBases.value(base).map(forms.verb(row:)) }

    /// The verbs and forms a word can be.
    func verbReadings(of word: String) -> [(base: String, kind: VerbFormKind)] {
        verbReadings(of: word, hash: HashedWordTable.hash(word))
    }

    /// `verbReadings(of:)` of a word whose `HashedWordTable.hash` the caller has.
    func verbReadings(of word: String, hash: UInt64) -> [(base: String, kind: VerbFormKind)] {
        guard let place = forms.verbForms.value(word, hash: hash) else { return [] }
        var readings: [(base: String, kind: VerbFormKind)] = []
        readings.reserveCapacity(Int(place & 0xFF))
        forms.forEachReading(place) { row, kind in
            readings.append((forms.verbBase(row: row), kind))
            return true
        }
        return readings
    }

    /// Whether the word can be the bare base form of a verb.
    func isVerbBase(_ word: String) -> Bool { forms.verbBases.contains(word) }

    /// The base of a word that is unambiguously an inflected verb form of `kind`.
    func base(ofForm word: String, kind: VerbFormKind) -> String? {
        base(ofForm: word, hash: HashedWordTable.hash(word), kind: kind)
    }

    /// `base(ofForm:kind:)` of a word whose `HashedWordTable.hash` the caller has.
    func base(ofForm word: String, hash: UInt64, kind: VerbFormKind) -> String? {
        guard let place = forms.verbForms.value(word, hash: hash) else { return nil }
        var found: UInt32?
        forms.forEachReading(place) { row, readingKind in
            if readingKind == kind { found = row }
            return found == nil
        }
        return found.map(forms.verbBase(row:))
    }

    // MARK: - Nouns

    func noun(singular word: String) -> NounEntry? { nounsBySingular[word] }
    func noun(plural word: String) -> NounEntry? { nounsByPlural[word] }

    /// The noun row of a word, as a singular or else as a plural.
    private func nounRow(_ word: String, hash: UInt64) -> UInt32? {
        forms.singulars.value(word, hash: hash) ?? forms.plurals.value(word, hash: hash)
    }

    /// Whether noun row `row` is mainly a noun: used as one at least as often as as a verb or
    /// an adjective.
    private func isMainlyNoun(row: UInt32) -> Bool {
        let frequency = forms.noun(row: row, field: 2)
        return frequency > 0 && frequency >= forms.noun(row: row, field: 3)
            && frequency >= forms.noun(row: row, field: 4)
    }

    /// Whether a word is mainly a noun: known as a noun and used as one at least as often
    /// as as a verb or an adjective.
    func isMainlyNoun(_ word: String) -> Bool {
        nounRow(word, hash: HashedWordTable.hash(word)).map(isMainlyNoun(row:)) ?? false
    }

    func isUncountable(_ word: String) -> Bool { uncountable.contains(word) }

    /// `isUncountable(_:)` of a word whose `HashedWordTable.hash` the caller has.
    func isUncountable(_ word: String, hash: UInt64) -> Bool { uncountable.contains(word, hash: hash) }

    /// The entry of a singular noun people count: it has a plural of its own, is no plural
    /// form itself, is mostly a noun and is not uncountable ("book"; not "news", "advice").
    func countableSingular(_ word: String) -> NounEntry? { countableSingular(word, hash: HashedWordTable.hash(word)) }

    /// `countableSingular(_:)` of a word whose `HashedWordTable.hash` the caller has.
    func countableSingular(_ word: String, hash: UInt64) -> NounEntry? {
        // The row's singular is `word`; equal strings of forms.bin have equal references.
        guard let row = forms.singulars.value(word, hash: hash),
            forms.noun(row: row, field: 1) != forms.noun(row: row, field: 0),
            forms.plurals.value(word, hash: hash) == nil, isMainlyNoun(row: row), !isUncountable(word, hash: hash)
        else { return nil }
        return forms.noun(row: row)
    }

    /// The entry of a word that is clearly a plural noun: its singular is mostly a noun, and the
    /// word is not a noun of its own at least as common ("every means", "each glasses").
    func clearPlural(_ word: String) -> NounEntry? {
        let hash = HashedWordTable.hash(word)
        // The row's plural is `word`.
        guard let row = forms.plurals.value(word, hash: hash),
            forms.noun(row: row, field: 0) != forms.noun(row: row, field: 1)
        else { return nil }
        let entry = forms.noun(row: row)
        guard isMainlyNoun(entry.singular) else { return nil }
        if let own = forms.singulars.value(word, hash: hash),
            forms.noun(row: own, field: 2) >= forms.noun(row: row, field: 2)
        {
            return nil
        }
        return entry
    }

    // MARK: - Adjectives

    func isAdjective(_ word: String) -> Bool { forms.adjectives.contains(word) }

    /// "bigger", "happier": a comparative form in the lexicon.
    func isComparative(_ word: String) -> Bool { forms.comparatives.contains(word) }

    /// "biggest", "happiest": a superlative form in the lexicon.
    func isSuperlative(_ word: String) -> Bool { forms.superlatives.contains(word) }

    /// How often a word form is used as a noun ("studies" as the plural of "study"), 0 when never.
    func nounUse(of word: String) -> Int {
        nounRow(word, hash: HashedWordTable.hash(word)).map { Int(forms.noun(row: $0, field: 2)) } ?? 0
    }

    /// Whether the word is a known word of any part of speech.
    func knows(_ word: String) -> Bool { knows(word, hash: HashedWordTable.hash(word)) }

    /// `knows(_:)` of a word whose `HashedWordTable.hash` the caller has.
    func knows(_ word: String, hash: UInt64) -> Bool {
        forms.verbForms.value(word, hash: hash) != nil || forms.singulars.value(word, hash: hash) != nil
            || forms.plurals.value(word, hash: hash) != nil || forms.adjectives.value(word, hash: hash) != nil
            || forms.comparatives.value(word, hash: hash) != nil || forms.superlatives.value(word, hash: hash) != nil
    }

    /// How common a word is in everyday English: its Zipf frequency × 100 (300 is about once
    /// per million words, 600 once per thousand); 0 for rare or unknown words.
    func usage(of word: String) -> Int { zipf.value(word).map(Int.init) ?? 0 }

    /// How common a name is (Zipf × 100) that is written only with a capital ("monday" for
    /// Monday); 0 when the word is no such name.
    func properNounUsage(of word: String) -> Int { properNouns.value(word).map(Int.init) ?? 0 }

    // MARK: - Spelling

    /// Whether Hunspell's American or British dictionary accepts the word. Answers for words
    /// of letters a to z, in lower case or with a capital first letter (what the rules ask);
    /// any other word is not accepted.
    func isSpeltRight(_ word: String) -> Bool {
        if word.isLowercaseASCIIWord { return spelling.value(word).map { $0 & Self.acceptedInLowerCase != 0 } ?? false }
        // "Colour" is right when "colour" is, "Paris" when only the capitalised form is.
        guard let first = word.utf8.first, (0x41...0x5A).contains(first),
            word.utf8.dropFirst().allSatisfy({ (0x61...0x7A).contains($0) })
        else { return false }
        return spelling.value(word.lowercased()) != nil
    }

    /// spelling.bin's value for a word Hunspell accepts in lower case (2: only capitalised).
    private static let acceptedInLowerCase: UInt16 = 1
}

/// The analyser's data files are missing or broken: reinstall, or fix the named file.
public enum RuleDataError: Error, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case malformed(file: String, detail: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "cannot read the analyser's data file \(file): \(reason)"
        case .malformed(let file, let detail): "the analyser's data file \(file) is malformed: \(detail)"
        }
    }
}

extension String {
    /// Only the letters a to z: the words the spelling and word-form rules look at.
    /// The bytes are read in place when they can be (a byte at a time through the UTF-8 view
    /// is several times slower; rules ask this of every pair of words).
    var isLowercaseASCIIWord: Bool {
        func check(_ bytes: some Collection<UInt8>) -> Bool {
            !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        }
        return utf8.withContiguousStorageIfAvailable { check($0) } ?? check(utf8)
    }
}

// MARK: - Lookups by token

extension Lexicon {
    // A token keeps its lower case's hash (`Token.lowerHash`): these look it up by that hash,
    // where a lookup of `token.lower` hashes the word again for every question.

    func isAdjective(_ token: Token) -> Bool { forms.adjectives.value(token.lower, hash: token.lowerHash) != nil }
    func isComparative(_ token: Token) -> Bool { forms.comparatives.value(token.lower, hash: token.lowerHash) != nil }
    func isSuperlative(_ token: Token) -> Bool { forms.superlatives.value(token.lower, hash: token.lowerHash) != nil }
    func isVerbBase(_ token: Token) -> Bool { forms.verbBases.value(token.lower, hash: token.lowerHash) != nil }
    /// The -s form of the verb whose base the token is (`verb(_:)?.thirdPerson`, without
    /// hashing the word again or reading the other forms).
    func thirdPerson(ofBase token: Token) -> String? {
        forms.verbBases.value(token.lower, hash: token.lowerHash).map(forms.verbThirdPerson(row:))
    }
    func isMainlyNoun(_ token: Token) -> Bool {
        nounRow(token.lower, hash: token.lowerHash).map(isMainlyNoun(row:)) ?? false
    }
    func knows(_ token: Token) -> Bool { knows(token.lower, hash: token.lowerHash) }
    func usage(of token: Token) -> Int { zipf.value(forKey: token.lowerHash).map(Int.init) ?? 0 }
    func countableSingular(_ token: Token) -> NounEntry? { countableSingular(token.lower, hash: token.lowerHash) }
    func isUncountable(_ token: Token) -> Bool { uncountable.contains(token) }
    func verbReadings(of token: Token) -> [(base: String, kind: VerbFormKind)] {
        verbReadings(of: token.lower, hash: token.lowerHash)
    }
    func base(ofForm token: Token, kind: VerbFormKind) -> String? {
        base(ofForm: token.lower, hash: token.lowerHash, kind: kind)
    }
    /// Whether the token can only be a verb's past, not its base ("went", "stayed"; not
    /// "read", "put"): `verbReadings(of:)` holds a past and no base, read without the array.
    func isOnlyPast(_ token: Token) -> Bool {
        guard let place = forms.verbForms.value(token.lower, hash: token.lowerHash) else { return false }
        var (past, base) = (false, false)
        forms.forEachReading(place) { _, kind in
            if kind == .past { past = true } else if kind == .base { base = true }
            return true
        }
        return past && !base
    }
    func noun(singular token: Token) -> NounEntry? { nounsBySingular[token] }
    func noun(plural token: Token) -> NounEntry? { nounsByPlural[token] }
}
