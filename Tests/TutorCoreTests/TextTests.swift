// Sanitising, language detection and scalar spans.

import Foundation
import Testing
import TutorCore

@Suite("Text")
struct TextTests {
    @Test(
        "sanitising removes controls, escape sequences and bidi overrides, keeps Hangul",
        arguments: [
            ("plain text", "plain text"),
            ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
            ("title \u{1B}]0;evil\u{07}done", "title done"),
            ("bell\u{07} and nul\u{00}", "bell and nul"),
            ("tab\there", "tab here"),
            ("bidi \u{202E}olleh", "bidi olleh"),
            ("  한국어   ", "한국어"),
            ("line one\r\n\r\nline two", "line one\nline two"),
            ("c1 \u{9B}31m control", "c1 31m control"),
        ])
    func sanitize(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
        #expect(TextSanitizer.isClean(TextSanitizer.sanitize(input)))
    }

    @Test("decomposed Hangul is composed, so spans count syllables")
    func normalisation() {
        let decomposed = "\u{1100}\u{1161}"  // ᄀ + ᅡ = 가
        #expect(TextSanitizer.sanitize(decomposed) == "가")
    }

    @Test("very long messages are cut to the limit")
    func longMessages() {
        #expect(
            TextSanitizer.sanitize(String(repeating: "a", count: 10_000)).scalarCount
                == TextSanitizer.maximumScalarCount)
    }

    @Test(
        "the cut at the limit falls where it always did",
        arguments: [
            (String(repeating: "가", count: 10_000), String(repeating: "가", count: 4_000)),
            (String(repeating: "가", count: 3_999) + "\n나나", String(repeating: "가", count: 3_999) + "\n나"),
            (String(repeating: "가", count: 3_999) + "\t나", String(repeating: "가", count: 3_999)),
            ("\u{1B}[31m" + String(repeating: "한", count: 5_000), String(repeating: "한", count: 4_000)),
            (String(repeating: "가\u{7}", count: 5_000), String(repeating: "가", count: 4_000)),
            (String(repeating: "a\r\n\r\n", count: 3_000), String(repeating: "a\n", count: 2_000) + "a"),
            ("\u{1100}\u{1161}" + String(repeating: "é", count: 4_500), "가" + String(repeating: "é", count: 3_999)),
        ])
    func cutAtLimit(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
    }

    @Test(
        "sanitising says when text was lost at the limit, not when only spacing or escapes were",
        arguments: [
            (String(repeating: "a", count: 4_001), true), (String(repeating: "가", count: 4_000) + " 나", true),
            (String(repeating: "a", count: 4_000) + "   \u{1B}[0m \t", false),
            (String(repeating: "가", count: 4_000), false),
            ("short 한국어", false),
        ])
    func reportsCut(input: String, expected: Bool) {
        var wasCut = !expected
        let text = TextSanitizer.sanitize(input, keepNewlines: false, wasCut: &wasCut)
        #expect(wasCut == expected)
        #expect(text == TextSanitizer.sanitize(input, keepNewlines: false))
    }

    @Test("a message's newlines become spaces when asked")
    func newlinesAsSpaces() {
        #expect(TextSanitizer.sanitize("one\r\ntwo\u{2028}three", keepNewlines: false) == "one two three")
    }

    /// Linear work finishes in well under a second; a quadratic scan of 400,000 scalars would
    /// run for hours, so the time limit catches it with a margin no load on the machine can eat.
    @Test(
        "sanitising is linear in the text: 400,000 scalars of escape sequences and Hangul finish within the limit",
        .timeLimit(.minutes(1)))
    func linearTime() {
        // Control sequences do not count towards the 4,000 kept scalars, so all of them are read.
        let escapes = String(repeating: "\u{1B}[2J\u{7}", count: 80_000) + "end"
        #expect(TextSanitizer.sanitize(escapes) == "end")
        let hangul = String(repeating: "가\u{7}", count: 200_000)
        #expect(TextSanitizer.printable(hangul) == String(repeating: "가", count: 200_000))
    }

    @Test(
        "printable text keeps everything but what commands a terminal, uncut and untrimmed",
        arguments: [
            ("\u{1B}]0;pwned\u{07}\u{1B}[2Jexam", "exam"), ("  spaced  ", "  spaced  "), ("two\nlines", "two lines"),
            ("c1 \u{9B}31m, bidi \u{202E}x", "c1 31m, bidi x"), ("한국어 😀", "한국어 😀"),
            (String(repeating: "가", count: 5_000), String(repeating: "가", count: 5_000)),
        ])
    func printable(input: String, expected: String) {
        #expect(TextSanitizer.printable(input) == expected)
    }

    @Test("printable text can keep its line breaks")
    func printableLines() {
        #expect(TextSanitizer.printable("one\r\ntwo\u{7}", keepNewlines: true) == "one\ntwo")
    }

    @Test(
        "language is detected by script",
        arguments: [
            ("I like it.", Language.english), ("저는 학생이에요.", .korean), ("I like 김치", .mixed), ("123 !!", .none),
            ("😀", .none),
        ])
    func language(text: String, expected: Language) {
        #expect(LanguageDetector.detect(text) == expected)
    }

    @Test("edits apply by scalar offsets, even after Hangul and emoji")
    func edits() {
        let text = "김치 😀 she go home"
        let start = text.scalarCount - "go home".scalarCount
        #expect(text.substring(in: TextSpan(start: start, end: start + 2)) == "go")
        #expect(
            text.applying([TextEdit(span: TextSpan(start: start, end: start + 2), replacement: "goes")])
                == "김치 😀 she goes home")
    }

    @Test("overlapping edits keep the first; out-of-range edits are ignored")
    func overlapping() {
        let text = "one two three"
        let edits = [
            TextEdit(span: TextSpan(start: 4, end: 7), replacement: "2"),
            TextEdit(span: TextSpan(start: 4, end: 13), replacement: "x"),
            TextEdit(span: TextSpan(start: 40, end: 50), replacement: "y"),
        ]
        #expect(text.applying(edits) == "one 2 three")
        #expect(text.substring(in: TextSpan(start: 10, end: 99)) == nil)
    }

    @Test(
        "JSON for a terminal escapes C1 controls, DEL, bidi overrides and unassigned planes, and decodes to the same text"
    )
    func terminalSafeJSON() throws {
        let text = "tag \u{9B}2J \u{7F} \u{202E}olleh \u{E0080} 한국어 ✓"
        let encoder = JSONEncoder()
        encoder.outputFormatting = .prettyPrinted  // its line breaks and indents stay as they are
        let encoded = try encoder.encode(["tag": text])
        #expect(String(decoding: encoded, as: UTF8.self).unicodeScalars.contains(where: TextSanitizer.isUnsafe))
        let safe = TerminalSafeJSON.escaping(encoded)
        let printed = String(decoding: safe, as: UTF8.self)
        #expect(!printed.unicodeScalars.contains { $0 != "\n" && TextSanitizer.isUnsafe($0) })
        #expect(
            printed.contains("\\u009b") && printed.contains("\\u202e") && printed.contains("\\udb40\\udc80")
                && printed.contains("한국어 ✓") && printed.hasPrefix("{\n"))
        #expect(try JSONDecoder().decode([String: String].self, from: safe) == ["tag": text])
        let plain = Data(#"{"a":"b"}"#.utf8)
        #expect(TerminalSafeJSON.escaping(plain) == plain)
    }
}
