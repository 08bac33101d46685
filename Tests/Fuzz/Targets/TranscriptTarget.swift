// Fuzzes the transcript parser: a file either parses into clean messages or names a line.

import Foundation
import TutorCore

enum TranscriptTarget {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        let lineCount = bytes.count(where: { $0 == UInt8(ascii: "\n") }) + 1
        let transcript: Transcript
        do {
            transcript = try TranscriptParser.parse(Data(bytes), sourceName: "fuzz")
        } catch {
            if let line = error.lineNumber {
                try FuzzFailure.check((1...lineCount).contains(line), "an error on line \(line) of \(lineCount)")
            }
            try FuzzFailure.check(!error.reason.isEmpty, "an error without a reason")
            return
        }
        try FuzzFailure.check(
            !transcript.lines.isEmpty && !transcript.title.isEmpty, "a transcript without messages or title")
        var previousLine = 0
        for line in transcript.lines {
            try FuzzFailure.check(
                line.lineNumber > previousLine && line.lineNumber <= lineCount,
                "message line \(line.lineNumber) out of order")
            previousLine = line.lineNumber
            try FuzzFailure.check(
                !line.text.isEmpty && TextSanitizer.isClean(line.text), "a message that is empty or not clean")
            try FuzzFailure.check(line.text.utf8.count <= 3 * bytes.count, "a message bigger than its file")
        }
        for text in [transcript.title, transcript.description]
            + [transcript.level, transcript.persona, transcript.goal].compactMap({ $0 })
        {
            try FuzzFailure.check(
                TextSanitizer.isClean(text) && !text.contains("\n"), "a directive that is not clean on one line")
        }
    }
}
