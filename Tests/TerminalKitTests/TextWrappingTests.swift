// Word wrap and truncation by display width.

import PropertyBased
import TerminalKit
import Testing

@Suite("Text wrapping")
struct TextWrappingTests {
    @Test(
        "wraps at spaces, breaks long words, keeps newlines",
        arguments: [
            ("the quick brown fox", 10, ["the quick", "brown fox"]),
            ("abcdefghijkl", 5, ["abcde", "fghij", "kl"]),
            ("one\ntwo three", 20, ["one", "two three"]),
            ("안녕하세요 반갑습니다", 6, ["안녕하", "세요", "반갑습", "니다"]),
            ("", 5, [""]),
        ])
    func wrapping(text: String, width: Int, expected: [String]) {
        #expect(TextWrapping.wrap(text, width: width) == expected)
    }

    @Test("truncation fits the width and marks the cut")
    func truncation() {
        #expect(TextWrapping.truncate("hello world", width: 8) == "hello w…")
        #expect(TextWrapping.truncate("안녕하세요", width: 5) == "안녕…")
        #expect(TextWrapping.truncate("short", width: 8) == "short")
    }

    @Test("every wrapped line fits and no visible grapheme is lost")
    func wrappingProperty() async {
        let pieces = ["a", "bb", " ", "한", "😀", "word", "e\u{301}", "\n"]
        let text = Gen<String?>.element(of: pieces).array(of: 0...40).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 300, input: text, Gen.int(in: 2...15)) { text, width in
            let lines = TextWrapping.wrap(text, width: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
            let kept = lines.joined().filter { $0 != " " && $0 != "\n" }
            #expect(kept == text.filter { $0 != " " && $0 != "\n" })
        }
    }
}
