// `check`'s run: each format's output, the closing count, a cut line named, tags; the real rules.

import Foundation
import Testing
import TutorApp
import TutorCore
import TutorTestSupport
import TutorUI

@Suite("LineCheck")
struct LineCheckTests {
    /// A file of `text`, read a line at a time; its directory is gone once the file is open.
    private func reader(_ text: String) throws -> LineReader {
        let directory = try TemporaryDirectory("linecheck")
        let url = directory.appending("input.txt")
        try Data(text.utf8).write(to: url)
        return LineReader(try InputFile(path: url.path))
    }

    private func output(_ text: String, format: LineCheck.Format) async throws -> (output: String, warnings: [String]) {
        var output = ""
        var warnings: [String] = []
        try await LineCheck(parts: EngineParts(endpoint: nil), format: format).run(
            reader(text), write: { output += $0 }, warn: { warnings.append($0) })
        return (output, warnings)
    }

    @Test("text: with --lang ko the closing count is in Korean (the findings stay English data)")
    func koreanClosing() async throws {
        var output = ""
        try await LineCheck(parts: EngineParts(endpoint: nil), format: .text, strings: .builtIn(.korean)).run(
            reader("He walk home every day.\n"), write: { output += $0 }, warn: { _ in })
        #expect(output.hasSuffix("1줄 검사하고 1개 발견했어요.\n"))
        #expect(output.contains("walk → walks"))
    }

    @Test("corrected: one line out for every line in, the correct one unchanged")
    func corrected() async throws {
        let result = try await output("He walk home every day.\nWe like green tea.\n", format: .corrected)
        #expect(result.output == "He walks home every day.\nWe like green tea.\n")
        #expect(result.warnings.isEmpty)
    }

    @Test("text: a line with findings shows its number, each finding's rule and the corrected line; then the count")
    func text() async throws {
        let result = try await output("We like green tea.\nHe walk home every day.\n", format: .text)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "2: He walk home every day.")
        #expect(lines.contains { $0.contains("walk → walks") && $0.contains("[agreement.third-person") })
        #expect(lines.contains("   ⇒ He walks home every day."))
        #expect(!result.output.contains("1: We like"))
        #expect(result.output.hasSuffix("2 lines checked, 1 finding.\n"))
    }

    @Test(
        "corrected with context: a story's first line sets the next one's tense; alone, or after a blank line, it does not"
    )
    func runningText() async throws {
        let story = "Last weekend I went to the beach with my friends.\nWe eat fresh fish there.\n"
        func corrected(_ text: String, context: Int) async throws -> String {
            var output = ""
            try await LineCheck(parts: EngineParts(endpoint: nil), format: .corrected, contextSize: context).run(
                reader(text), write: { output += $0 }, warn: { _ in })
            return output
        }
        #expect(try await corrected(story, context: 3).hasSuffix("We ate fresh fish there.\n"))
        #expect(try await corrected(story, context: 0).hasSuffix("We eat fresh fish there.\n"))
        let split = story.replacingOccurrences(of: "friends.\n", with: "friends.\n\n")
        #expect(try await corrected(split, context: 3).hasSuffix("We eat fresh fish there.\n"))
    }

    @Test("text: the count of a single clean line is singular")
    func singular() async throws {
        #expect(try await output("We like green tea.\n", format: .text).output == "1 line checked, 0 findings.\n")
    }

    @Test("json: one object a line with its number, language, corrected text and findings; no closing count")
    func json() async throws {
        let result = try await output("He walk home every day.\n저는 학생이에요.\n", format: .json)
        let objects = try result.output.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 2)
        #expect(objects.map { $0["line"] as? Int } == [1, 2])
        #expect(objects[0]["corrected"] as? String == "He walks home every day.")
        #expect((objects[0]["findings"] as? [Any])?.isEmpty == false)
        #expect(objects[0]["language"] as? String != objects[1]["language"] as? String)
    }

    @Test("a line over the length limit is checked up to it and named as cut")
    func cutLine() async throws {
        let long = String(repeating: "He walk home. ", count: 400)
        let result = try await output(long + "\n", format: .corrected)
        #expect(result.output.split(separator: "\n").count == 1)
        #expect(result.warnings.count == 1)
        #expect(
            result.warnings.first?.contains("line 1: longer than the \(TextSanitizer.maximumScalarCount) characters")
                == true)
    }

    @Test("control characters and invalid UTF-8 are gone from what is written")
    func sanitised() async throws {
        let result = try await output("caf\u{1B}[31m is good\n", format: .corrected)
        #expect(!result.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("tags: each word as word/TAG")
    func tags() throws {
        var output = ""
        try LineCheck.tagLines(reader("We like green tea.\n"), write: { output += $0 }, warn: { _ in })
        let tokens = output.trimmingCharacters(in: .newlines).split(separator: " ")
        #expect(tokens.count == 5)
        #expect(tokens.first?.hasPrefix("We/") == true)
        #expect(tokens.allSatisfy { $0.contains("/") })
    }

    @Test("timed: the same output, and each stage's time with the lines and words that were tagged")
    func timed() async throws {
        var output = ""
        let text = "The students in my class is kind.\n\n저는 학생이에요.\n"
        let timings = try await LineCheck(parts: EngineParts(endpoint: nil), format: .corrected).run(
            reader(text), write: { output += $0 }, warn: { _ in }, timed: true)
        let untimed = try await self.output(text, format: .corrected).output
        #expect(output == untimed)
        #expect(timings.utterances == 3)
        #expect(timings.taggedUtterances == 1)
        #expect(timings.taggedWords == 8)
        #expect(timings.tag > .zero && timings.rules > .zero && timings.tokenise > .zero)
        let report = LineCheck.timingsReport(timings, startUp: .milliseconds(20), total: .seconds(1))
        #expect(report.hasPrefix("timings (ms): 3 lines in 1000.0: start-up 20.0, tokenise "))
        for stage in ["tag", "structure", "rules", "reading and writing"] { #expect(report.contains(", \(stage) ")) }
        #expect(report.contains("(1 line, 8 words)"))
    }

    @Test("untimed: no clock is read, the sums are zero")
    func untimed() async throws {
        let timings = try await LineCheck(parts: EngineParts(endpoint: nil), format: .corrected).run(
            reader("He walk home.\n"), write: { _ in }, warn: { _ in })
        #expect(timings.utterances == 0 && timings.taggedUtterances == 0 && timings.total == .zero)
    }
}
