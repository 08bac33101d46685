// What `check` writes for each line, in its three formats, and the closing count.

import Foundation
import TutorCore
import TutorUI

extension LineCheck {
    /// Turns lines and their findings into output text, counting as it goes.
    struct Report {
        let format: Format
        /// The closing count's strings, loaded when it is written.
        let strings: @Sendable () -> Strings
        private(set) var lineCount = 0
        private(set) var findingCount = 0
        private let encoder: JSONEncoder = {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return encoder
        }()

        init(format: Format, strings: @escaping @Sendable () -> Strings) {
            self.format = format
            self.strings = strings
        }

        /// The output for the next line (empty in text format when it has no finding).
        mutating func line(_ text: String, findings: [Finding]) -> String {
            lineCount += 1
            findingCount += findings.count
            let corrected = findings.corrected(text)
            switch format {
            case .corrected:
                return corrected + "\n"
            case .json:
                let record = Record(
                    line: lineCount, text: text, language: LanguageDetector.detect(text), corrected: corrected,
                    findings: findings)
                let json =
                    (try? encoder.encode(record)).map { String(decoding: TerminalSafeJSON.escaping($0), as: UTF8.self) }
                    ?? "{}"
                return json + "\n"
            case .text:
                guard !findings.isEmpty else { return "" }
                var output = "\(lineCount): \(text)\n"
                for finding in findings {
                    let suggestion = finding.suggestions.first.map { $0.isEmpty ? "(delete)" : $0 } ?? "?"
                    output +=
                        "   \(finding.errorType.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(finding.original) → \(suggestion)  \(finding.message.en) [\(finding.ruleID)]\n"
                }
                return output + "   ⇒ \(corrected)\n"
            }
        }

        /// The count of lines and findings, in text format; nothing in the others.
        func closing() -> String {
            guard format == .text else { return "" }
            let strings = self.strings()
            let lines = strings.count("check.lines", lineCount)
            return strings(
                "check.closing", ["lines": lines, "findings": strings.count("check.findings", findingCount)]) + "\n"
        }
    }

    /// One line of `check --format json`.
    struct Record: Encodable {
        var line: Int
        var text: String
        var language: Language
        var corrected: String
        var findings: [Finding]
    }
}
