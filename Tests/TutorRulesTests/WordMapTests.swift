// The FNV-hashed word sets and maps against Swift's own Set and Dictionary.

import Testing

@testable import TutorRules

@Suite("WordMap")
struct WordMapTests {
    @Test("a word set and a word map answer exactly as Set and Dictionary do, through growth")
    func agreesWithSwiftCollections() {
        var random = SplitMix(seed: 11)
        let alphabet = Array("abcdeilnorst'-é")
        let words = (0..<4_000).map { _ in
            String(
                (0..<Int.random(in: 0...8, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" })
        }
        var set = WordSet()
        var reference = Set<String>()
        var map = WordMap<Int>()
        var dictionary: [String: Int] = [:]
        for (index, word) in words.enumerated() {
            set.insert(word)
            reference.insert(word)
            map.set(word, to: index)
            dictionary[word] = index
            map.update(word + "+", startingWith: 0) { $0 += 1 }
            dictionary[word + "+", default: 0] += 1
        }
        #expect(set.count == reference.count)
        #expect(Set(set) == reference)
        #expect(map.count == dictionary.count)
        for probe in words + words.map({ $0 + "x" }) + ["", "zzz"] {
            #expect(set.contains(probe) == reference.contains(probe), "\(probe)")
            #expect(map[probe] == dictionary[probe], "\(probe)")
        }
        #expect(Dictionary(uniqueKeysWithValues: map.entries.map { ($0.0, $0.1) }) == dictionary)
    }

    @Test("a set keeps the order words were added in, once each")
    func order() {
        let set: WordSet = ["b", "a", "b", "c"]
        #expect(Array(set) == ["b", "a", "c"])
        #expect(!WordSet().contains(""))
    }

    @Test("a word map and a word set answer the same given the word's hash")
    func givenHash() {
        var map = WordMap<Int>()
        map.set("cat", hash: HashedWordTable.hash("cat"), to: 1)
        map.set("dog", to: 2)
        #expect(map["cat"] == 1)
        #expect(map["dog", hash: HashedWordTable.hash("dog")] == 2)
        #expect(map["cow", hash: HashedWordTable.hash("cow")] == nil)
        let set: WordSet = ["cat"]
        #expect(set.contains("cat", hash: HashedWordTable.hash("cat")))
        #expect(!set.contains("dog", hash: HashedWordTable.hash("dog")))
    }

    @Test("a word memo keeps an answer for each word, up to its capacity")
    func memo() {
        let context = AnalysisContext(text: "cats and dogs and cats", lexicon: Shipped.resources.lexicon)
        let memo = WordMemo<Int>(capacity: 2)
        let tokens = context.tokens
        #expect(memo.kept(tokens[0], in: context) == nil)
        #expect(memo.keep(1, for: tokens[0], in: context) == 1)
        #expect(memo.kept(tokens[4], in: context) == 1)
        #expect(memo.kept("cats", hash: HashedWordTable.hash("cats")) == 1)
        memo.keep(2, for: tokens[1], in: context)
        #expect(memo.count == 2)
        // Full: emptied before the next word is kept.
        memo.keep(3, for: tokens[2], in: context)
        #expect(memo.count == 1)
        #expect(memo.kept(tokens[0], in: context) == nil)
        #expect(memo.kept(tokens[2], in: context) == 3)
    }
}
