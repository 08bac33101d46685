// The part-of-speech tagger: the same tags as the training script's tagger, and sane tags on
// learner text (lower-case starts, no apostrophes, run-together words, Hangul and emoji).

import Foundation
import Testing

@testable import TutorRules

@Suite("Part-of-speech tagger")
struct TaggerTests {
    static let tagger: PartOfSpeechTagger? = try? PartOfSpeechTagger.load()

    /// Tests/Fixtures/tagger-dev.tsv: dev sentences of UD EWT with their gold tags and the
    /// tags scripts/train-tagger.py's Python tagger gave (`--fixture` writes it).
    static func fixture() throws -> [(words: [String], gold: [String], python: [String])] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../Fixtures/tagger-dev.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var sentences: [(words: [String], gold: [String], python: [String])] = [([], [], [])]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count == 3 {
                sentences[sentences.count - 1].words.append(fields[0])
                sentences[sentences.count - 1].gold.append(fields[1])
                sentences[sentences.count - 1].python.append(fields[2])
            } else if !(sentences.last?.words.isEmpty ?? true) {
                sentences.append(([], [], []))
            }
        }
        return sentences.filter { !$0.words.isEmpty }
    }

    func tags(_ text: String) throws -> [String] {
        try #require(Self.tagger).tagged(text).map { "\($0.text)/\($0.tag)" }
    }

    /// The sample's accuracy with the shipped model is 95.4% (dev as a whole: 94.6%); the
    /// issue's goal is 96% on dev, not reached yet.
    static let minimumAccuracy = 0.95

    @Test("tags every fixture word as the Python tagger did, and ≥ 95% of them right")
    func agreesWithTraining() throws {
        let tagger = try #require(Self.tagger)
        let sentences = try Self.fixture()
        #expect(sentences.count >= 200)
        var right = 0
        var total = 0
        var disagreements: [String] = []
        for sentence in sentences {
            let found = tagger.tag(sentence.words)
            if found != sentence.python { disagreements.append(sentence.words.joined(separator: " ")) }
            right += zip(found, sentence.gold).filter { $0 == $1 }.count
            total += sentence.gold.count
        }
        #expect(
            disagreements.isEmpty, "\(disagreements.count) sentences differ, the first: \(disagreements.first ?? "")")
        let accuracy = Double(right) / Double(max(total, 1))
        #expect(accuracy >= Self.minimumAccuracy, "accuracy \(accuracy) on \(total) words")
    }

    /// The fixture's sentences written as learners write them: the first word lower-cased and
    /// the apostrophes dropped ("nt", "s"), or every word lower-cased. The shipped model gets
    /// 95.2% and 93.9% of these words right, 94.6% and 93.6% of dev's
    /// (`scripts/train-tagger.py --score-shipped`): a new model should not read learners worse.
    @Test(
        "fixture sentences as learners write them are still mostly tagged right",
        arguments: [("a lower-case start, no apostrophes", 0.945), ("all lower-case", 0.935)])
    func learnerWrittenFixture(variant: String, minimum: Double) throws {
        let tagger = try #require(Self.tagger)
        var right = 0
        var total = 0
        for sentence in try Self.fixture() {
            var words = sentence.words
            if variant.hasPrefix("all") {
                words = words.map { $0.lowercased() }
            } else {
                words = words.map {
                    let bare = $0.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
                    return bare.isEmpty ? $0 : bare
                }
                words[0] = words[0].lowercased()
            }
            right += zip(tagger.tag(words), sentence.gold).filter { $0 == $1 }.count
            total += sentence.gold.count
        }
        let accuracy = Double(right) / Double(max(total, 1))
        #expect(accuracy >= minimum, "\(variant): accuracy \(accuracy) on \(total) words")
    }

    @Test("words tagged from the word cache get the tags they got the first time")
    func cachedWords() throws {
        let fresh = try PartOfSpeechTagger.load()
        let sentences = try Self.fixture().prefix(60)
        let first = sentences.map { fresh.tag($0.words) }
        #expect(first == sentences.map(\.python))
        #expect(sentences.map { fresh.tag($0.words) } == first)
    }

    @Test("the word cache stays within its capacity and still gives each word its own share")
    func cacheCapacity() throws {
        let tagger = try #require(Self.tagger)
        let cache = TaggerWordCache(capacity: 3)
        var made: [String] = []
        let make = { (text: String) -> TaggerWord in
            made.append(text)
            return tagger.word(text)
        }
        let first = cache.words(["dog", "runs", "dog"], making: make)
        #expect(made == ["dog", "runs"])
        #expect(first[0] === first[2])
        #expect(cache.words(["runs"], making: make)[0] === first[1])
        let second = cache.words(["cats", "sleep"], making: make)
        #expect(cache.count <= 3)
        #expect(second.map(\.form.lower) == [Array("cats".utf8), Array("sleep".utf8)])
    }

    @Test("a sentence's words between the padding markers are the cache's own, kept or made")
    func paddedWords() throws {
        let tagger = try #require(Self.tagger)
        let cache = TaggerWordCache(capacity: 10)
        var made: [String] = []
        let make = { (text: String) -> TaggerWord in
            made.append(text)
            return tagger.word(text)
        }
        let (before, after) = ([tagger.word("-START2-"), tagger.word("-START-")], [tagger.word("-END-")])
        let kept = cache.words(["birds", "sing"], making: make)
        // All kept: filled in one pass.
        let again = cache.words(["sing", "birds"], between: before, and: after, making: make)
        #expect(made == ["birds", "sing"])
        #expect(again.count == 5)
        #expect(again[0] === before[0] && again[1] === before[1] && again[4] === after[0])
        #expect(again[2] === kept[1] && again[3] === kept[0])
        // One new word: made once, the kept ones still shared.
        let mixed = cache.words(["birds", "fly"], between: before, and: after, making: make)
        #expect(made == ["birds", "sing", "fly"])
        #expect(mixed[2] === kept[0] && mixed[3].form.lower == Array("fly".utf8) && mixed[4] === after[0])
    }

    @Test("the feature hash is the lexicon tables' FNV-1a")
    func sameHash() {
        for word in ["", "a", "don't", "김치", "naïve"] {
            #expect(FeatureHash(word).value == HashedWordTable.hash(word))
        }
    }

    @Test(
        "contractions, hyphens and clitics are split as the treebank splits them",
        arguments: [
            ("I don't like it.", ["I/PRP", "do/VBP", "n't/RB", "like/VB", "it/PRP", "./."]),
            (
                "She's a well-known singer",
                ["She/PRP", "'s/VBZ", "a/DT", "well/RB", "-/HYPH", "known/VBN", "singer/NN"]
            ),
            ("i cant go", ["i/PRP", "ca/MD", "nt/RB", "go/VB"]),
        ])
    func splitting(text: String, expected: [String]) throws {
        #expect(try tags(text) == expected)
    }

    @Test(
        "a lower-case start is tagged as a capitalised one",
        arguments: [
            "The weather is nice today.", "My mother works at a bank.", "Yesterday we went to the park.",
            "I think she likes it.", "Can you tell me where the station is?",
        ])
    func lowerCaseStart(text: String) throws {
        let lowered = text.prefix(1).lowercased() + text.dropFirst()
        #expect(
            try tags(lowered).map { $0.split(separator: "/").last } == tags(text).map { $0.split(separator: "/").last })
    }

    @Test(
        "missing apostrophes are read as the contractions they are",
        arguments: [
            ("I dont know", ["I/PRP", "do/VBP", "nt/RB", "know/VB"]),
            ("im happy", ["i/PRP", "m/VBP", "happy/JJ"]),
            ("he doesnt want it", ["he/PRP", "does/VBZ", "nt/RB", "want/VB", "it/PRP"]),
            ("youre right", ["you/PRP", "re/VBP", "right/JJ"]),
        ])
    func missingApostrophes(text: String, expected: [String]) throws {
        #expect(try tags(text) == expected)
    }

    @Test("run-together words get one tag and leave their neighbours alone")
    func runTogether() throws {
        let found = try tags("I like it alot and everytime I go there")
        #expect(found.count == 9)
        #expect(found.first == "I/PRP")
        #expect(found.contains("go/VBP"))
        #expect(found.contains("there/RB"))
    }

    @Test("Hangul is a foreign word, emoji and emoticon jamo are symbols, and the rest is tagged around them")
    func hangulAndEmoji() throws {
        #expect(try tags("I like 김치 very much") == ["I/PRP", "like/VBP", "김치/FW", "very/RB", "much/RB"])
        let found = try tags("It was so fun 😀 ㅋㅋ")
        #expect(found.suffix(2) == ["😀/NFP", "ㅋㅋ/NFP"])
        #expect(found.prefix(4) == ["It/PRP", "was/VBD", "so/RB", "fun/JJ"])
    }

    @Test(
        "splitting keeps every character of every token, whatever the token",
        arguments: [
            "n't 's ' - -- a- -a x-y-z", "don’t CAN'T İstanbul's \u{212A}ANNOT", "dont-dont im's 'im",
            "ㅋ 😀😀 ‘quoted’ 3.5-4",
        ])
    func splittingKeepsText(text: String) throws {
        let tagger = try #require(Self.tagger)
        let tokens = Tokenizer.tokenize(text)
        let words = tagger.tagged(tokens)
        for token in tokens {
            #expect(words.filter { $0.tokenIndex == token.index }.map(\.text).joined() == token.text)
        }
    }

    @Test("each word knows the token it came from")
    func tokenIndices() throws {
        let words = try #require(Self.tagger).tagged("I don't know")
        #expect(words.map(\.tokenIndex) == [0, 1, 1, 2])
    }

    @Test("empty text has no words; a malformed model is a clear error")
    func edges() throws {
        #expect(try tags("").isEmpty)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("# none\nNN\n".utf8).write(to: directory.appendingPathComponent("tags.txt"))
        try Data("CTPTxx".utf8).write(to: directory.appendingPathComponent("tagger.bin"))
        #expect(throws: RuleDataError.self) { try PartOfSpeechTagger.load(from: directory) }
    }
}
