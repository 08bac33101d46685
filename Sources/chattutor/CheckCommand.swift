// `chattutor check`: checks text a line at a time and prints findings and corrections.

import ArgumentParser
import Foundation
import TutorApp
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

    @Flag(help: "Print each line's words with their part-of-speech tags (word/TAG) instead of findings.")
    var tags = false

    @OptionGroup var model: LLMOptions

    func run() async throws {
        try await reportingUserErrors {
            if tags { return try printTags() }
            let parts = try EngineParts(model)
            let analyser = parts.builtin.analyser
            // A line at a time, so that memory stays bounded whatever comes in (`- < /dev/zero`).
            let reader = LineReader(try inputFile())
            var output = OutputBuffer()
            defer { output.flush() }
            var lineNumber = 0
            var findingCount = 0
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            // A model checks all the lines in one go: those are read first.
            var modelFindings: [[Finding]]?
            var readAhead: [String] = []
            if let llm = parts.llm, parts.stages.contains(.analysis) {
                while let text = try nextText(from: reader) { readAhead.append(text) }
                modelFindings = await ModelCheck(llm: llm, fallback: analyser).findings(for: readAhead)
            }
            var readAheadTexts = readAhead.makeIterator()
            while let text = try modelFindings == nil ? nextText(from: reader) : readAheadTexts.next() {
                lineNumber += 1
                let findings = modelFindings?[lineNumber - 1] ?? analyser.findings(in: text)
                findingCount += findings.count
                let corrected = findings.corrected(text)
                switch format {
                case .corrected:
                    output.write(corrected + "\n")
                case .json:
                    let record = CheckRecord(line: lineNumber, text: text, language: LanguageDetector.detect(text), corrected: corrected, findings: findings)
                    let json = (try? encoder.encode(record)).map { String(decoding: TerminalSafeJSON.escaping($0), as: UTF8.self) } ?? "{}"
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
        }
    }

    /// `--tags`: each line's words as word/TAG, space-separated; the analyser is not loaded.
    private func printTags() throws {
        let tagger = try PartOfSpeechTagger.load()
        let reader = LineReader(try inputFile())
        var output = OutputBuffer()
        defer { output.flush() }
        while let text = try nextText(from: reader) {
            output.write(tagger.tagged(text).map { "\($0.text)/\($0.tag)" }.joined(separator: " ") + "\n")
        }
    }

    private func inputFile() throws -> InputFile {
        do {
            return file == "-" ? InputFile.standardInput() : try InputFile(path: file)
        } catch {
            throw UserError(error)
        }
    }

    /// The next line, sanitised (invalid UTF-8 becomes U+FFFD and control characters go, so
    /// any bytes get an answer for every line). A line cut at the limit is named on standard
    /// error: its end is not checked, and `--format corrected` would lose it silently.
    private func nextText(from reader: LineReader) throws -> String? {
        let line: LineReader.Line
        do {
            guard let next = try reader.next() else { return nil }
            line = next
        } catch {
            throw UserError(error)
        }
        var wasCut = false
        let text = TextSanitizer.sanitize(String(decoding: line.bytes, as: UTF8.self), keepNewlines: false, wasCut: &wasCut)
        if wasCut || line.wasCut {
            let message = "\(reader.input.sourceName), line \(line.number): longer than the \(TextSanitizer.maximumScalarCount) characters "
                + "a line may have; the rest of it was not checked (split long lines to check them whole)"
            FileHandle.standardError.write(Data("chattutor: \(message)\n".utf8))
        }
        return text
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
