// The native trim of spaces and tabs removes exactly what Foundation's `.whitespaces` trim does.

import Foundation
import Testing

@testable import TutorCore

@Suite("Trimming spaces and tabs")
struct WhitespaceTrimTests {
    static let texts = [
        "", " ", "\t \t", "word", "  two words \t", "\u{00A0}no-break\u{00A0}", "\u{3000}전각 공백\u{3000}",
        "\u{2003}em space\u{202F}", " 김치 ", "keeps\nnewlines\n", "\n line \n", " \u{0301}combining ", "tab\tinside",
        "emoji 👍🏽 ", " \u{200B}zero width\u{200B} ", "\r carriage \r",
    ]

    @Test("the same text as trimmingCharacters(in: .whitespaces)", arguments: texts)
    func matchesFoundation(text: String) {
        #expect(text.trimmingSpacesAndTabs == text.trimmingCharacters(in: .whitespaces))
    }
}
