// Reading input a line at a time in bounded memory, and naming what cannot be read.

import Foundation
import Testing
import TutorCore
import TutorTestSupport

/// A file with `bytes` in a directory of its own, removed when the test ends.
private final class TemporaryFile {
    let directory: TemporaryDirectory
    let path: String

    init(_ bytes: [UInt8]) throws {
        directory = try TemporaryDirectory("chattutor-input")
        path = directory.appending("input.txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}

private func lines(of text: String, maximumLineByteCount: Int = 64 * 1024) throws -> [LineReader.Line] {
    let file = try TemporaryFile(Array(text.utf8))
    let reader = LineReader(try InputFile(path: file.path), maximumLineByteCount: maximumLineByteCount)
    var lines: [LineReader.Line] = []
    while let line = try reader.next() { lines.append(line) }
    return lines
}

private func inputError(_ body: () throws(InputError) -> Void) -> InputError.Reason? {
    do {
        try body()
        return nil
    } catch {
        return error.reason
    }
}

@Suite("Line reader")
struct LineReaderTests {
    @Test(
        "lines come one at a time; a last line without a break counts, a final break adds no empty line",
        arguments: [
            ("a\nb\n\nc", ["a", "b", "", "c"]), ("a\n", ["a"]), ("", []), ("\n", [""]), ("한국어\r\n", ["한국어\r"]),
        ])
    func splitting(text: String, expected: [String]) throws {
        let read = try lines(of: text)
        #expect(read.map { String(decoding: $0.bytes, as: UTF8.self) } == expected)
        #expect(read.map(\.number) == Array(stride(from: 1, through: expected.count, by: 1)))
        #expect(read.allSatisfy { !$0.wasCut })
    }

    @Test("a line over the limit is cut and says so, across reads; the next line is whole")
    func cutting() throws {
        let long = String(repeating: "x", count: 200_000)
        let read = try lines(of: "short\n\(long)\nafter", maximumLineByteCount: 4_096)
        #expect(read.map(\.bytes.count) == [5, 4_096, 5])
        #expect(read.map(\.wasCut) == [false, true, false])
        #expect(read.last.map { String(decoding: $0.bytes, as: UTF8.self) } == "after")
    }

    @Test("a line that never breaks is an error once past the skip limit, not a hang")
    func runaway() throws {
        let file = try TemporaryFile([UInt8](repeating: UInt8(ascii: "x"), count: 5_000))
        let reader = LineReader(
            try InputFile(path: file.path), maximumLineByteCount: 100, maximumSkippedByteCount: 1_000)
        #expect(
            inputError { () throws(InputError) in _ = try reader.next() }
                == .lineTooLong(lineNumber: 1, maximumByteCount: 1_100))
    }

    @Test("a binary file (a NUL byte in a line) is refused with its line, not checked as text")
    func binary() throws {
        let file = try TemporaryFile(Array("a text line\nthen \u{7F}ELF".utf8) + [0, 1, 2] + Array("\nmore\n".utf8))
        let reader = LineReader(try InputFile(path: file.path))
        #expect(try reader.next()?.bytes == Array("a text line".utf8))
        let reason = inputError { () throws(InputError) in _ = try reader.next() }
        #expect(reason == .binary(lineNumber: 2))
        #expect(
            InputError(sourceName: "/bin/ls", reason: .binary(lineNumber: 2)).description
                == "cannot read /bin/ls: line 2 holds binary data (a NUL byte); name a text file")
    }

    @Test("a missing file, a directory and a device are each named as what they are")
    func refusals() throws {
        let file = try TemporaryFile([])
        #expect(
            inputError { () throws(InputError) in
                _ = try InputFile(path: file.directory.appending("none.txt").path)
            } == .notFound)
        #expect(inputError { () throws(InputError) in _ = try InputFile(path: file.directory.path) } == .isDirectory)
        #expect(inputError { () throws(InputError) in _ = try InputFile(path: "/dev/zero") } == .isDevice)
        #expect(try LineReader(InputFile(path: "/dev/null")).next() == nil)
        #expect(
            InputError(sourceName: "/dev/zero", reason: .isDevice).description.contains(
                "/dev/zero: it is a device, not a text file"))
    }

    @Test("reading a whole file stops at its limit instead of growing without end")
    func wholeFile() throws {
        let file = try TemporaryFile(Array("0123456789".utf8))
        #expect(try InputFile(path: file.path).readAll(maximumByteCount: 10) == Data("0123456789".utf8))
        #expect(
            inputError { () throws(InputError) in _ = try InputFile(path: file.path).readAll(maximumByteCount: 9) }
                == .tooLarge(maximumByteCount: 9))
    }

    @Test("a transcript that is a device or a directory is named as one, not as missing or forbidden")
    func transcriptRefusals() throws {
        let file = try TemporaryFile([])
        for (path, expected) in [("/dev/zero", "it is a device"), (file.directory.path, "it is a directory")] {
            do {
                _ = try TranscriptParser.parse(contentsOf: URL(fileURLWithPath: path))
                Issue.record("\(path) parsed")
            } catch {
                #expect(error.reason.contains(expected))
            }
        }
    }
}
