// Tokens and their offsets, for plain and pre-tokenised text.

import Testing
import TutorCore

@testable import TutorRules

@Suite("Tokenizer")
struct TokenizerTests {
    @Test(
        "words, punctuation and offsets",
        arguments: [
            ("She doesn't like it.", ["She", "doesn't", "like", "it", "."]),
            ("She does n't like it .", ["She", "does", "n't", "like", "it", "."]),
            ("I 'm here , he 's there", ["I", "'m", "here", ",", "he", "'s", "there"]),
            ("a well-known 3.5 kg box", ["a", "well-known", "3.5", "kg", "box"]),
            ("I like 김치 a lot!", ["I", "like", "김치", "a", "lot", "!"]),
            ("'Hello', she said...", ["'", "Hello", "'", ",", "she", "said", "..."]),
        ])
    func tokens(text: String, expected: [String]) {
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.text) == expected)
        for token in tokens {
            #expect(text.substring(in: token.span) == token.text)
        }
    }

    @Test(
        "a web or email address is one token, without the sentence's mark after it",
        arguments: [
            ("mail minji@example.com.", ["mail", "minji@example.com", "."], "minji@example.com"),
            ("see https://example.com/menu?day=2 now", ["see", "https://example.com/menu?day=2", "now"], nil),
            ("try www.example.co.kr, ok", ["try", "www.example.co.kr", ",", "ok"], "www.example.co.kr"),
            ("it is on naver.com!", ["it", "is", "on", "naver.com", "!"], "naver.com"),
        ] as [(String, [String], String?)])
    func addresses(text: String, expected: [String], address: String?) {
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.text) == expected)
        #expect(tokens.filter { $0.kind == .address }.count == 1)
        if let address { #expect(tokens.first { $0.kind == .address }?.text == address) }
    }

    @Test(
        "sentences run together, abbreviations and times are no address",
        arguments: ["I went home.It was late.", "e.g. this one", "at 10:30 am", "the U.S.A. team", "Mr.Kim came"])
    func noAddress(text: String) {
        #expect(!Tokenizer.tokenize(text).contains { $0.kind == .address })
    }

    @Test("sentence starts follow sentence-ending punctuation")
    func sentenceStarts() {
        let tokens = Tokenizer.tokenize("I went. Then i left! ok")
        #expect(tokens.filter(\.startsSentence).map(\.text) == ["I", "Then", "ok"])
    }
}
