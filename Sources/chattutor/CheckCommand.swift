// `chattutor check`: checks text a line at a time and prints findings and corrections.

import ArgumentParser
import Foundation
import TutorCore
import TutorRules

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check English a line at a time and print the findings.",
        discussion: """
            Each input line is one sentence or utterance. `--format json` prints one JSON object \
            a line (the findings and the corrected line); `--format corrected` prints only the \
            corrected lines, one for each input line, keeping the input's spacing and tokenisation.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, corrected
    }

    @Argument(help: "A text file, or - for standard input (the default).")
    var file: String = "-"

    @Option(help: "Output: text, json (one object a line) or corrected.")
    var format: Format = .text

    @OptionGroup var model: LLMOptions

    func run() async throws {
        try await reportingUserErrors {
            let parts = try EngineParts(model)
            let analyser = parts.builtin.analyser
            let data = try readInput()
            var output = OutputBuffer()
            var lineNumber = 0
            var findingCount = 0
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            if data.last == UInt8(ascii: "\n") || data.isEmpty { lines.removeLast() }
            // Invalid UTF-8 becomes U+FFFD and control characters are removed, so any byte
            // stream gets an answer for every line.
            let texts = lines.lazy.map { TextSanitizer.sanitize(String(decoding: $0, as: UTF8.self), keepNewlines: false) }
            var modelFindings: [[Finding]]?
            if let llm = parts.llm, parts.stages.contains(.analysis) { modelFindings = await ModelCheck(llm: llm, fallback: analyser).findings(for: Array(texts)) }
            for text in texts {
                lineNumber += 1
                let findings = modelFindings?[lineNumber - 1] ?? analyser.findings(in: text)
                findingCount += findings.count
                let corrected = findings.corrected(text)
                switch format {
                case .corrected:
                    output.write(corrected + "\n")
                case .json:
                    let record = CheckRecord(line: lineNumber, text: text, language: LanguageDetector.detect(text), corrected: corrected, findings: findings)
                    let json = (try? encoder.encode(record)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
                    output.write(json + "\n")
                case .text:
                    guard !findings.isEmpty else { continue }
                    output.write("\(lineNumber): \(text)\n")
                    for finding in findings {
                        let suggestion = finding.suggestions.first.map { $0.isEmpty ? "(delete)" : $0 } ?? "?"
                        output.write("   \(finding.errorType.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(finding.original) → \(suggestion)  \(finding.message.en) [\(finding.ruleID)]\n")
                    }
                    output.write("   ⇒ \(corrected)\n")
                }
            }
            if format == .text {
                output.write("\(lineNumber) line\(lineNumber == 1 ? "" : "s") checked, \(findingCount) finding\(findingCount == 1 ? "" : "s").\n")
            }
            output.flush()
        }
    }

    private func readInput() throws -> Data {
        if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw UserError.noInput("cannot read \(file): no such file, or it is not readable")
        }
        return data
    }
}

/// One line of `check --format json`.
struct CheckRecord: Encodable {
    var line: Int
    var text: String
    var language: Language
    var corrected: String
    var findings: [Finding]
}
