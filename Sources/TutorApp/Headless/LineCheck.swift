// `check`: text a line at a time through the rules (or the model), reported as findings, JSON lines or corrected lines.

import Foundation
import TutorCore
import TutorRules
import TutorUI

/// Checks input a line at a time and writes each line's report. With the built-in analyser a
/// line is read, checked and written before the next is read, so memory stays bounded
/// whatever comes in (`check - < /dev/zero`); a model checks all the lines in one go
/// (`ModelCheck`), so they are read first.
public struct LineCheck {
    /// What is written for each line.
    public enum Format: String, CaseIterable, Sendable {
        /// The findings of each line that has any, then a count of lines and findings.
        case text
        /// One JSON object a line: the text, its language, its findings and the corrected line.
        case json
        /// Only the corrected line, one for each input line.
        case corrected
    }

    public let parts: EngineParts
    public let format: Format
    /// How many lines before each line are read as its context, as a chat message is read
    /// with the messages before it: an essay's earlier sentences set a story's time and name
    /// the things "the" refers to. 0 (the default) checks every line on its own.
    public let contextSize: Int
    /// The language of the closing count (the findings themselves are data, in English).
    public var strings: Strings { makeStrings() }
    /// Loads the strings (TOML, a tenth of `check`'s start-up) only for a closing count:
    /// the other formats print none.
    private let makeStrings: @Sendable () -> Strings

    public init(
        parts: EngineParts, format: Format, contextSize: Int = 0,
        strings: @autoclosure @escaping @Sendable () -> Strings = .builtIn(.english)
    ) {
        self.parts = parts
        self.format = format
        self.contextSize = max(0, contextSize)
        self.makeStrings = strings
    }

    /// Reads `reader` to its end and writes every line's report through `write`; `warn` gets
    /// a message for each line cut at the length limit (its end was not checked). Throws when
    /// the input cannot be read.
    /// `timed` sums the built-in analyser's stage times and returns them (`check --timings`; a
    /// model's findings are not timed); untimed, the clock is not read and the sums are zero.
    @discardableResult
    public func run(
        _ reader: LineReader, write: (String) -> Void, warn: (String) -> Void = LineCheck.standardError,
        timed: Bool = false
    ) async throws(UserError) -> AnalysisTimings {
        let analyser = parts.builtin.analyser
        if reader.readsTerminal { warn(Self.terminalHint) }
        var modelFindings: [[Finding]]?
        var readAhead: [String] = []
        if let llm = parts.llm, parts.stages.contains(.analysis) {
            while let text = try Self.nextText(from: reader, warn: warn) { readAhead.append(text) }
            modelFindings = await ModelCheck(llm: llm, fallback: analyser, contextSize: contextSize)
                .findings(for: readAhead)
        }
        var report = Report(format: format, strings: makeStrings)
        var readAheadTexts = readAhead.makeIterator()
        var stageTimes = AnalysisTimings()
        var earlier: [String] = []
        while let text = try modelFindings == nil ? Self.nextText(from: reader, warn: warn) : readAheadTexts.next() {
            let findings =
                if let modelFindings {
                    modelFindings[report.lineCount]
                } else if timed {
                    analyser.findings(in: text, after: earlier, timings: &stageTimes)
                } else {
                    analyser.findings(in: text, after: earlier)
                }
            write(report.line(text, findings: findings))
            Self.keep(text, in: &earlier, upTo: contextSize)
        }
        write(report.closing())
        return stageTimes
    }

    /// Adds a line to the context the next lines are read with, dropping the oldest beyond
    /// `size`; a blank line ends the text before it (a new essay or conversation starts).
    static func keep(_ text: String, in earlier: inout [String], upTo size: Int) {
        guard size > 0 else { return }
        if text.allSatisfy(\.isWhitespace) { return earlier.removeAll() }
        earlier.append(text)
        if earlier.count > size { earlier.removeFirst(earlier.count - size) }
    }

    /// `check --tags`: each line's words as word/TAG, space-separated (the analyser is not used).
    public static func tagLines(
        _ reader: LineReader, write: (String) -> Void, warn: (String) -> Void = LineCheck.standardError
    ) throws(UserError) {
        let tagger: PartOfSpeechTagger
        do {
            tagger = try PartOfSpeechTagger.load()
        } catch {
            throw UserError.internalError("the part-of-speech tagger cannot start: \(error)")
        }
        while let text = try nextText(from: reader, warn: warn) {
            write(tagger.tagged(text).map { "\($0.text)/\($0.tag)" }.joined(separator: " ") + "\n")
        }
    }

    /// Said when a person types the lines: how to check them and how to finish (in the
    /// language of the command's messages).
    public static var terminalHint: String { MessageLanguage.strings()("check.terminal_hint") }

    /// Writes `message` to standard error as chattutor's.
    public static func standardError(_ message: String) {
        FileHandle.standardError.write(Data("chattutor: \(message)\n".utf8))
    }

    /// The next line, sanitised (invalid UTF-8 becomes U+FFFD and control characters go, so
    /// any bytes get an answer for every line). A line cut at the limit is named through
    /// `warn`: its end is not checked, and `--format corrected` would lose it silently.
    static func nextText(from reader: LineReader, warn: (String) -> Void) throws(UserError) -> String? {
        let line: LineReader.Line
        do {
            guard let next = try reader.next() else { return nil }
            line = next
        } catch {
            throw UserError(error)
        }
        var wasCut = false
        let text = TextSanitizer.sanitize(
            String(decoding: line.bytes, as: UTF8.self), keepNewlines: false, wasCut: &wasCut)
        if wasCut || line.wasCut {
            warn(
                "\(reader.input.sourceName), line \(line.number): longer than the \(TextSanitizer.maximumScalarCount) characters "
                    + "a line may have; the rest of it was not checked (split long lines to check them whole)")
        }
        return text
    }
}
