// Sanitising, language detection and scalar spans.

import Testing
import TutorCore

@Suite("Text")
struct TextTests {
    @Test("sanitising removes controls, escape sequences and bidi overrides, keeps Hangul", arguments: [
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
        #expect(TextSanitizer.sanitize(String(repeating: "a", count: 10_000)).scalarCount == TextSanitizer.maximumScalarCount)
    }

    @Test("language is detected by script", arguments: [
        ("I like it.", Language.english), ("저는 학생이에요.", .korean), ("I like 김치", .mixed), ("123 !!", .none), ("😀", .none),
    ])
    func language(text: String, expected: Language) {
        #expect(LanguageDetector.detect(text) == expected)
    }

    @Test("edits apply by scalar offsets, even after Hangul and emoji")
    func edits() {
        let text = "김치 😀 she go home"
        let start = text.scalarCount - "go home".scalarCount
        #expect(text.substring(in: TextSpan(start: start, end: start + 2)) == "go")
        #expect(text.applying([TextEdit(span: TextSpan(start: start, end: start + 2), replacement: "goes")]) == "김치 😀 she goes home")
    }

    @Test("overlapping edits keep the first; out-of-range edits are ignored")
    func overlapping() {
        let text = "one two three"
        let edits = [TextEdit(span: TextSpan(start: 4, end: 7), replacement: "2"), TextEdit(span: TextSpan(start: 4, end: 13), replacement: "x"), TextEdit(span: TextSpan(start: 40, end: 50), replacement: "y")]
        #expect(text.applying(edits) == "one 2 three")
        #expect(text.substring(in: TextSpan(start: 10, end: 99)) == nil)
    }
}
