// The mapped tables: built ones answer like the data they were built from, the shipped ones
// agree with the text files they are generated from, and a broken file is a clear error.

import Foundation
import Testing

@testable import TutorRules

@Suite("Compiled lexicon")
struct CompiledLexiconTests {
    /// The lexicon in the source tree: what the generators read and write, and what the
    /// build copies into the bundle.
    static let lexicon = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TutorRules/Resources/lexicon")

    @Test("a built table finds every word it was given, with its value, and nothing else")
    func builtTable() {
        var random = SplitMix(seed: 7)
        let words = (0..<5_000).map { index in "w\(index)x\(UInt32.random(in: 0...99_999, using: &random))" }
        let table = HashedWordTable(words.enumerated().map { (word: $0.element, value: UInt16($0.offset % 60_000)) })
        #expect(table.count == Set(words).count)
        for (index, word) in words.enumerated() where words.lastIndex(of: word) == index {
            #expect(table.value(word) == UInt16(index % 60_000), "\(word)")
        }
        for index in 0..<2_000 { #expect(table.value("absent\(index)") == nil) }
        #expect(HashedWordTable().value("a") == nil)
        #expect(HashedWordTable([(word: "only", value: 3)]).value("only") == 3)
    }

    @Test("of a word given twice, the last value counts")
    func repeatedWord() {
        let table = HashedWordTable([(word: "same", value: 1), (word: "other", value: 2), (word: "same", value: 9)])
        #expect(table.count == 2)
        #expect(table.value("same") == 9)
    }

    @Test("frequency.bin and trie.bin hold exactly frequency.tsv (run scripts/gen-word-index.py if not)")
    func wordIndexMatchesItsSource() throws {
        var rows: [(String, UInt16)] = []
        try DataFile.forEachRow(Self.lexicon.appendingPathComponent("frequency.tsv"), columns: 2) { row in
            rows.append((row[0], UInt16(row.int(1) ?? 0)))
        }
        #expect(rows.count > 50_000)
        let zipf = try HashedWordTable(contentsOf: Self.lexicon.appendingPathComponent("frequency.bin"), magic: "CTFQ")
        #expect(zipf.count == rows.count)
        for (word, usage) in rows { #expect(zipf.value(word) == usage, "\(word)") }
        // The trie built here from the same rows has the same bytes as the shipped one.
        let built = WordTrie(usages: rows)
        let mapped = try WordTrie(contentsOf: Self.lexicon.appendingPathComponent("trie.bin"))
        #expect(built.count == mapped.count)
        #expect(built.bytes == mapped.bytes)
        #expect(mapped.words(usedAtLeast: 700).contains("the"))
    }

    @Test("forms.bin holds exactly verbs.tsv, nouns.tsv and adjectives.tsv (run scripts/gen-word-forms.py if not)")
    func wordFormsMatchTheirSources() throws {
        let tables = try WordFormTables(contentsOf: Self.lexicon.appendingPathComponent("forms.bin"))
        // The maps the lexicon built from the TSVs before forms.bin: of a word given twice the
        // last row counts, except a plural, whose first row does.
        var verbs: [String: VerbForms] = [:]
        var readings: [String: [String]] = [:]
        try DataFile.forEachRow(Self.lexicon.appendingPathComponent("verbs.tsv"), columns: 6) { row in
            let forms = VerbForms(
                base: row[0], thirdPerson: row[1], past: row[2], pastParticiple: row[3], presentParticiple: row[4],
                frequency: row.int(5) ?? 0)
            verbs[forms.base] = forms
            let kinds: [(String, VerbFormKind)] = [
                (forms.base, .base), (forms.thirdPerson, .thirdPerson), (forms.past, .past),
                (forms.pastParticiple, .pastParticiple), (forms.presentParticiple, .presentParticiple),
            ]
            for (form, kind) in kinds where !form.isEmpty && form != "-" {
                readings[form, default: []].append("\(forms.base) \(kind)")
            }
        }
        var singulars: [String: NounEntry] = [:]
        var plurals: [String: NounEntry] = [:]
        try DataFile.forEachRow(Self.lexicon.appendingPathComponent("nouns.tsv"), columns: 5) { row in
            let entry = NounEntry(
                singular: row[0], plural: row[1], frequency: row.int(2) ?? 0, verbFrequency: row.int(3) ?? 0,
                adjectiveFrequency: row.int(4) ?? 0)
            singulars[entry.singular] = entry
            if entry.plural != entry.singular, plurals[entry.plural] == nil { plurals[entry.plural] = entry }
        }
        var adjectives: [String: Int] = [:]
        var comparatives: [String: String] = [:]
        var superlatives: [String: String] = [:]
        try DataFile.forEachRow(Self.lexicon.appendingPathComponent("adjectives.tsv"), columns: 4) { row in
            adjectives[row[0]] = row.int(3) ?? 0
            if row[1] != "-" { comparatives[row[1]] = row[0] }
            if row[2] != "-" { superlatives[row[2]] = row[0] }
        }
        #expect(verbs.count > 3_000 && singulars.count > 9_000 && adjectives.count > 4_000)

        func same<Value: Equatable>(
            _ index: WordFormTables.Index, _ expected: [String: Value], _ decode: (UInt32) -> Value
        ) {
            let entries = index.entries
            #expect(entries.count == expected.count)
            for (word, value) in entries { #expect(decode(value) == expected[word], "\(word)") }
            for (word, value) in expected { #expect(index.value(word).map(decode) == value, "\(word)") }
        }
        same(tables.verbBases, verbs, tables.verb(row:))
        same(tables.verbForms, readings) { place in
            var found: [String] = []
            tables.forEachReading(place) { row, kind in
                found.append("\(tables.verbBase(row: row)) \(kind)")
                return true
            }
            return found
        }
        same(tables.singulars, singulars, tables.noun(row:))
        same(tables.plurals, plurals, tables.noun(row:))
        same(tables.adjectives, adjectives) { Int($0) }
        same(tables.comparatives, comparatives) { tables.strings[$0] }
        same(tables.superlatives, superlatives) { tables.strings[$0] }
        #expect(tables.verbBases.value("absentverb") == nil && tables.singulars.value("") == nil)
    }

    @Test("the lexicon answers from forms.bin as from the word lists")
    func lexiconAnswers() {
        let lexicon = Shipped.resources.lexicon
        #expect(lexicon.verb("go")?.past == "went")
        #expect(lexicon.base(ofForm: "went", kind: .past) == "go")
        #expect(lexicon.verbReadings(of: "went").contains { $0.base == "go" && $0.kind == .past })
        #expect(lexicon.verbReadings(of: "zzzq").isEmpty)
        #expect(lexicon.noun(plural: "children")?.singular == "child")
        #expect(lexicon.countableSingular("book")?.plural == "books")
        #expect(lexicon.countableSingular("advice") == nil)
        #expect(lexicon.clearPlural("books")?.singular == "book")
        #expect(lexicon.comparatives["bigger"] == "big" && lexicon.superlatives["biggest"] == "big")
        #expect(lexicon.isAdjective("happy") && !lexicon.isAdjective("quickly"))
        #expect(lexicon.knows("happier") && !lexicon.knows("zzzq"))
        let plurals = Array(lexicon.nounsByPlural.entries)
        #expect(plurals.contains { $0.0 == "children" && $0.1.singular == "child" })
        #expect(Set(plurals.map(\.0)).count == plurals.count)
    }

    @Test("spelling.bin knows American and British spellings, names only with a capital, and not misspellings")
    func spelling() {
        let lexicon = Shipped.resources.lexicon
        for word in ["color", "colour", "realize", "realise", "unhappiness", "Colour", "Paris", "London"] {
            #expect(lexicon.isSpeltRight(word), "\(word)")
        }
        for word in ["paris", "recieve", "definately", "Recieve", "COLOUR", "col-our", "", "naïve"] {
            #expect(!lexicon.isSpeltRight(word), "\(word)")
        }
    }

    @Test("a missing, foreign or truncated table file is an error that names the file")
    func brokenFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chattutor-tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func error(_ body: () throws -> Void) -> String? {
            do { try body() } catch let error as RuleDataError { return error.description } catch { return nil }
            return nil
        }
        let missing = directory.appendingPathComponent("missing.bin")
        #expect(error { _ = try HashedWordTable(contentsOf: missing, magic: "CTNG") }?.contains("missing.bin") == true)
        let foreign = directory.appendingPathComponent("foreign.bin")
        try Data("CTSP\u{0}\u{0}\u{0}\u{0}".utf8).write(to: foreign)
        #expect(error { _ = try HashedWordTable(contentsOf: foreign, magic: "CTNG") }?.contains("foreign.bin") == true)
        let truncated = directory.appendingPathComponent("truncated.bin")
        try Data("CTNG\u{2}\u{0}\u{0}\u{0}12345678".utf8).write(to: truncated)
        #expect(
            error { _ = try HashedWordTable(contentsOf: truncated, magic: "CTNG") }?.contains("truncated.bin") == true)
        let unsorted = directory.appendingPathComponent("unsorted.bin")
        var bytes = Array("CTNG".utf8) + [2, 0, 0, 0]
        for key: UInt64 in [9, 3] { withUnsafeBytes(of: key.littleEndian) { bytes += $0 } }
        // The values, then an index of 2¹ buckets + 1 (the order is checked first).
        bytes += [1, 0, 2, 0] + [UInt8](repeating: 0, count: 12)
        try Data(bytes).write(to: unsorted)
        #expect(
            error { _ = try HashedWordTable(contentsOf: unsorted, magic: "CTNG") }?.contains("unsorted.bin") == true)
        let forms = directory.appendingPathComponent("forms.bin")
        try Data("CTLX".utf8 + [UInt8](repeating: 0xFF, count: 60)).write(to: forms)
        #expect(error { _ = try WordFormTables(contentsOf: forms) }?.contains("forms.bin") == true)
        let trie = directory.appendingPathComponent("trie.bin")
        try Data("CTTR".utf8 + [UInt8](repeating: 0xFF, count: 40)).write(to: trie)
        #expect(error { _ = try WordTrie(contentsOf: trie) }?.contains("trie.bin") == true)
    }
}
