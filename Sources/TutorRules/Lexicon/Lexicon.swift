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
    let verbsByBase: WordMap<VerbForms>
    /// Every inflected form to the verbs and forms it can be.
    let verbFormIndex: WordMap<[(base: String, kind: VerbFormKind)]>
    let nounsBySingular: WordMap<NounEntry>
    let nounsByPlural: WordMap<NounEntry>
    let comparatives: WordMap<String>
    let superlatives: WordMap<String>
    let adjectiveFrequency: WordMap<Int>
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

    /// Loads the lexicon from a directory holding verbs.tsv, nouns.tsv, adjectives.tsv,
    /// uncountable.txt, proper-nouns.tsv, and the mapped tables frequency.bin, trie.bin,
    /// ngrams.bin and spelling.bin.
    init(directory: URL) throws(RuleDataError) {
        // Filled in locals, with room reserved, rather than grown in place: this runs at
        // every start.
        var verbsByBase = WordMap<VerbForms>(minimumCapacity: 4_000)
        var verbFormIndex = WordMap<[(base: String, kind: VerbFormKind)]>(minimumCapacity: 16_000)
        try DataFile.forEachRow(directory.appendingPathComponent("verbs.tsv"), columns: 6) { row in
            let forms = VerbForms(
                base: row[0], thirdPerson: row[1], past: row[2], pastParticiple: row[3],
                presentParticiple: row[4], frequency: row.int(5) ?? 0)
            verbsByBase.set(forms.base, to: forms)
            func index(_ form: String, as kind: VerbFormKind) {
                if !form.isEmpty && form != "-" {
                    verbFormIndex.update(form, startingWith: []) { $0.append((forms.base, kind)) }
                }
            }
            index(forms.base, as: .base)
            index(forms.thirdPerson, as: .thirdPerson)
            index(forms.past, as: .past)
            index(forms.pastParticiple, as: .pastParticiple)
            index(forms.presentParticiple, as: .presentParticiple)
        }
        var nounsBySingular = WordMap<NounEntry>(minimumCapacity: 10_000)
        var nounsByPlural = WordMap<NounEntry>(minimumCapacity: 10_000)
        try DataFile.forEachRow(directory.appendingPathComponent("nouns.tsv"), columns: 5) { row in
            let entry = NounEntry(
                singular: row[0], plural: row[1], frequency: row.int(2) ?? 0,
                verbFrequency: row.int(3) ?? 0, adjectiveFrequency: row.int(4) ?? 0)
            nounsBySingular.set(entry.singular, to: entry)
            if entry.plural != entry.singular, nounsByPlural[entry.plural] == nil {
                nounsByPlural.set(entry.plural, to: entry)
            }
        }
        var adjectiveFrequency = WordMap<Int>(minimumCapacity: 5_000)
        var comparatives = WordMap<String>(minimumCapacity: 1_000)
        var superlatives = WordMap<String>(minimumCapacity: 1_000)
        try DataFile.forEachRow(directory.appendingPathComponent("adjectives.tsv"), columns: 4) { row in
            let base = row[0]
            adjectiveFrequency.set(base, to: row.int(3) ?? 0)
            let comparative = row[1]
            let superlative = row[2]
            if comparative != "-" { comparatives.set(comparative, to: base) }
            if superlative != "-" { superlatives.set(superlative, to: base) }
        }
        self.verbsByBase = verbsByBase
        self.verbFormIndex = verbFormIndex
        self.nounsBySingular = nounsBySingular
        self.nounsByPlural = nounsByPlural
        self.adjectiveFrequency = adjectiveFrequency
        self.comparatives = comparatives
        self.superlatives = superlatives
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

    func verb(_ base: String) -> VerbForms? { verbsByBase[base] }

    /// The verbs and forms a word can be.
    func verbReadings(of word: String) -> [(base: String, kind: VerbFormKind)] { verbFormIndex[word] ?? [] }

    /// Whether the word can be the bare base form of a verb.
    func isVerbBase(_ word: String) -> Bool { verbsByBase[word] != nil }

    /// The base of a word that is unambiguously an inflected verb form of `kind`.
    func base(ofForm word: String, kind: VerbFormKind) -> String? {
        verbReadings(of: word).first { $0.kind == kind }?.base
    }

    // MARK: - Nouns

    func noun(singular word: String) -> NounEntry? { nounsBySingular[word] }
    func noun(plural word: String) -> NounEntry? { nounsByPlural[word] }

    /// Whether a word is mainly a noun: known as a noun and used as one at least as often
    /// as as a verb or an adjective.
    func isMainlyNoun(_ word: String) -> Bool {
        guard let entry = nounsBySingular[word] ?? nounsByPlural[word] else { return false }
        return entry.frequency > 0 && entry.frequency >= entry.verbFrequency
            && entry.frequency >= entry.adjectiveFrequency
    }

    func isUncountable(_ word: String) -> Bool { uncountable.contains(word) }

    /// The entry of a singular noun people count: it has a plural of its own, is no plural
    /// form itself, is mostly a noun and is not uncountable ("book"; not "news", "advice").
    func countableSingular(_ word: String) -> NounEntry? {
        guard let entry = nounsBySingular[word], entry.plural != word, nounsByPlural[word] == nil, isMainlyNoun(word),
            !isUncountable(word)
        else { return nil }
        return entry
    }

    /// The entry of a word that is clearly a plural noun: its singular is mostly a noun, and the
    /// word is not a noun of its own at least as common ("every means", "each glasses").
    func clearPlural(_ word: String) -> NounEntry? {
        guard let entry = nounsByPlural[word], entry.singular != word, isMainlyNoun(entry.singular) else { return nil }
        if let own = nounsBySingular[word], own.frequency >= entry.frequency { return nil }
        return entry
    }

    // MARK: - Adjectives

    func isAdjective(_ word: String) -> Bool { adjectiveFrequency[word] != nil }

    /// "bigger", "happier": a comparative form in the lexicon.
    func isComparative(_ word: String) -> Bool { comparatives[word] != nil }

    /// "biggest", "happiest": a superlative form in the lexicon.
    func isSuperlative(_ word: String) -> Bool { superlatives[word] != nil }

    /// How often a word form is used as a noun ("studies" as the plural of "study"), 0 when never.
    func nounUse(of word: String) -> Int {
        (nounsBySingular[word] ?? nounsByPlural[word])?.frequency ?? 0
    }

    /// Whether the word is a known word of any part of speech.
    func knows(_ word: String) -> Bool {
        verbFormIndex[word] != nil || nounsBySingular[word] != nil || nounsByPlural[word] != nil
            || adjectiveFrequency[word] != nil || comparatives[word] != nil || superlatives[word] != nil
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
    var isLowercaseASCIIWord: Bool { !isEmpty && utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }
}
