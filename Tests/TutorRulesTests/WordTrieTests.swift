// The trie's near-word search against a brute-force edit distance.

import Testing
import TutorTestSupport

@testable import TutorRules

@Suite("WordTrie")
struct WordTrieTests {
    @Test("finds exactly the words a brute-force search finds, with the same distances")
    func agreesWithBruteForce() async {
        // Heavy in a debug build: run on a thread of its own, not one of Swift concurrency's few,
        // so the tests that measure time beside it are not starved.
        await offCooperativePool { Self.compareWithBruteForce() }
    }

    static func compareWithBruteForce() {
        var random = SplitMix(seed: 42)
        let alphabet = Array("abcdeilnorstu")
        let vocabulary = (0..<1500).map { _ in
            String(
                (0..<Int.random(in: 1...9, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" })
        }
        let trie = WordTrie(vocabulary)
        let known = Set(vocabulary)
        for _ in 0..<150 {
            var query = Array(vocabulary.randomElement(using: &random) ?? "a")
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let position = Int.random(in: 0...query.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: query.insert(alphabet.randomElement(using: &random) ?? "a", at: position)
                case 1 where position < query.count && query.count > 1: query.remove(at: position)
                case 2 where position + 1 < query.count: query.swapAt(position, position + 1)
                default: if position < query.count { query[position] = alphabet.randomElement(using: &random) ?? "a" }
                }
            }
            let word = String(query)
            // Every distance once, then each limit's share of them.
            let distances = known.map { ($0, Self.distance(word, $0)) }.filter { $0.1 <= 3 }
            for limit in 0...3 {
                let expected = Set(
                    distances.compactMap { candidate, distance -> String? in
                        distance <= limit ? "\(candidate):\(distance)" : nil
                    })
                let found = Set(trie.words(near: word, maximumDistance: limit).map { "\($0.word):\($0.distance)" })
                #expect(found == expected, "query \(word), limit \(limit)")
                let sameFirst = Set(
                    trie.words(near: word, maximumDistance: limit, firstLetters: Array(word.utf8.prefix(1))).map {
                        "\($0.word):\($0.distance)"
                    })
                #expect(
                    sameFirst == expected.filter { $0.first == word.first },
                    "query \(word), limit \(limit), same first letter")
                let firstTwo = Array(word.utf8.prefix(2))
                let eitherFirst = Set(
                    trie.words(near: word, maximumDistance: limit, firstLetters: firstTwo).map {
                        "\($0.word):\($0.distance)"
                    })
                #expect(
                    eitherFirst == expected.filter { firstTwo.contains($0.utf8.first ?? 0) },
                    "query \(word), limit \(limit), first two letters")
            }
        }
    }

    @Test("only lowercase ASCII words are kept; an empty query finds nothing")
    func edges() {
        let trie = WordTrie(["cat", "Cat", "caf\u{E9}", "cart", ""])
        #expect(trie.count == 2)
        #expect(trie.words(near: "cat", maximumDistance: 1).map(\.word).sorted() == ["cart", "cat"])
        #expect(trie.words(near: "", maximumDistance: 2).isEmpty)
    }

    /// Optimal string alignment distance, computed the plain way.
    static func distance(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = min(
                    table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

/// A small seeded generator, so the test is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
