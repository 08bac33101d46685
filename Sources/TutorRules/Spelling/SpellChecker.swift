// Hunspell behind a lock: whether a word is spelt right.

import CHunspell
import Foundation
import Synchronization

/// A Hunspell dictionary. Hunspell handles are not thread-safe, so every call holds a lock;
/// answers are cached, since learners repeat their words.
final class SpellChecker: Sendable {
    private struct State {
        var handle: OpaquePointer
        var spellCache: [String: Bool] = [:]
    }

    private let state: Mutex<State>

    /// The installed American and British dictionaries (either or both may be missing),
    /// opened once per process: loading one takes tens of milliseconds and megabytes, and
    /// every analyser shares them (a checker is thread-safe).
    static let installed: [SpellChecker] = ["en_US", "en_GB"].compactMap { SpellChecker(language: $0) }

    /// The system's en_US dictionary, as Debian's `hunspell-en-us` installs it.
    static let defaultDictionaryDirectory = URL(fileURLWithPath: "/usr/share/hunspell")

    /// Opens `en_US.aff` and `en_US.dic` in the directory; nil when they are missing.
    init?(language: String = "en_US", directory: URL = SpellChecker.defaultDictionaryDirectory) {
        let affix = directory.appendingPathComponent("\(language).aff").path
        let dictionary = directory.appendingPathComponent("\(language).dic").path
        guard FileManager.default.isReadableFile(atPath: affix), FileManager.default.isReadableFile(atPath: dictionary),
            let handle = Hunspell_create(affix, dictionary)
        else { return nil }
        state = Mutex(State(handle: handle))
    }

    deinit {
        state.withLock { Hunspell_destroy($0.handle) }
    }

    /// Whether the dictionary knows the word.
    func isCorrect(_ word: String) -> Bool {
        state.withLock { state in
            if let known = state.spellCache[word] { return known }
            let correct = Hunspell_spell(state.handle, word) != 0
            state.spellCache[word] = correct
            return correct
        }
    }
}

extension [SpellChecker] {
    /// Whether any of the dictionaries (American, British) knows the word.
    func accept(_ word: String) -> Bool { contains { $0.isCorrect(word) } }
}

extension String {
    /// Only the letters a to z: the words the spelling and word-form rules look at.
    var isLowercaseASCIIWord: Bool { !isEmpty && utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }
}
