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
        bytes += [1, 0, 2, 0]
        try Data(bytes).write(to: unsorted)
        #expect(
            error { _ = try HashedWordTable(contentsOf: unsorted, magic: "CTNG") }?.contains("unsorted.bin") == true)
        let trie = directory.appendingPathComponent("trie.bin")
        try Data("CTTR".utf8 + [UInt8](repeating: 0xFF, count: 40)).write(to: trie)
        #expect(error { _ = try WordTrie(contentsOf: trie) }?.contains("trie.bin") == true)
    }
}
