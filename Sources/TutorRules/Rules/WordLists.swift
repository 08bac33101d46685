// Named word lists from Resources/wordlists, one word or phrase a line.

import Foundation

/// The open word lists the matchers read: each file is `NAME.txt`, one entry a line,
/// `#` comments. People edit these; no word list lives in Swift.
struct WordLists: Sendable {
    private var lists = WordMap<WordSet>()

    init() {}

    init(directory: URL) throws(RuleDataError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
        } catch {
            throw RuleDataError.unreadable(file: "wordlists", reason: error.localizedDescription)
        }
        for name in names {
            lists.set(
                String(name.dropLast(4)),
                to: WordSet(try DataFile.lines(directory.appendingPathComponent(name)).map { $0.lowercased() }))
        }
    }

    /// The list called `name`; an unknown name is empty.
    subscript(name: String) -> WordSet { lists[name] ?? [] }
}
