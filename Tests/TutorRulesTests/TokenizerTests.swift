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

    @Test("sentence starts follow sentence-ending punctuation")
    func sentenceStarts() {
        let tokens = Tokenizer.tokenize("I went. Then i left! ok")
        #expect(tokens.filter(\.startsSentence).map(\.text) == ["I", "Then", "ok"])
    }
}
