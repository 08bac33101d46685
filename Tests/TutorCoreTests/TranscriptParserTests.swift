// The transcript format, and a clear error naming file and line for anything malformed.

import Foundation
import Testing
import TutorCore

private func parse(_ text: String) throws(TranscriptError) -> Transcript {
    try TranscriptParser.parse(Data(text.utf8), sourceName: "t.txt")
}

private func failure(_ text: String) -> TranscriptError? {
    do {
        _ = try parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite("Transcripts")
struct TranscriptParserTests {
    let header = "@title Test\n@kind recording\n@description A test.\n"

    @Test("directives, speakers, comments and continuation lines")
    func wellFormed() throws {
        let transcript = try parse(
            header
                + "# a comment\n\ninterviewer: Hello!\nlearner: Hi.\n  I am Minji.\nLearner-B: Me too\nsystem: joined\n"
        )
        #expect(transcript.title == "Test")
        #expect(transcript.kind == .recording)
        #expect(transcript.lines.map(\.speaker) == [.interviewer, .learnerA, .learnerB, .system])
        #expect(transcript.lines[1].text == "Hi.\nI am Minji.")
        #expect(transcript.lines.map(\.lineNumber) == [6, 7, 9, 10])
    }

    @Test("Windows line endings are accepted")
    func crlf() throws {
        let transcript = try parse(header.replacingOccurrences(of: "\n", with: "\r\n") + "learner: Hi.\r\n")
        #expect(transcript.lines.map(\.text) == ["Hi."])
    }

    @Test(
        "malformed files name the line and say what is wrong",
        arguments: [
            ("learner: hi\n", 4, nil as String?),
            ("wizard: hello\n", 4, "unknown speaker 'wizard'"),
            ("just some text\n", 4, "expected 'speaker: text'"),
            ("learner:    \n", 4, "the message is empty"),
            ("  orphan continuation\n", 4, "continuation"),
            ("learner: hi\n@title Late\n", 5, "before the first message"),
            ("@colour blue\n", 4, "unknown directive"),
        ])
    func malformed(body: String, line: Int, reason: String?) {
        let error = failure(header + body)
        if let reason {
            #expect(error?.lineNumber == line)
            #expect(error?.reason.contains(reason) == true, "\(String(describing: error))")
            #expect(error?.description.hasPrefix("t.txt:\(line): ") == true)
        } else {
            #expect(error == nil)
        }
    }

    @Test("missing directives and the wrong kind of content are errors")
    func wholeFileErrors() {
        #expect(failure("learner: hi\n")?.reason.contains("@title") == true)
        #expect(failure("@title T\n@kind recording\ninterviewer: only me\n")?.reason.contains("learner lines") == true)
        #expect(failure("@title T\n@kind script\ninterviewer: q\nlearner: a\n")?.lineNumber == 4)
        #expect(failure("@title T\n@kind poem\nlearner: a\n")?.reason.contains("poem") == true)
    }

    @Test("binary data, invalid UTF-8 and huge lines get clear errors, not crashes")
    func badBytes() {
        var binary = Data(header.utf8)
        binary.append(contentsOf: [0x6C, 0x65, 0x00, 0x01, 0x0A])
        #expect((try? TranscriptParser.parse(binary, sourceName: "b")) == nil)
        do {
            _ = try TranscriptParser.parse(binary, sourceName: "b")
        } catch {
            #expect(error.reason.contains("binary"))
            #expect(error.lineNumber == 4)
        }
        var invalid = Data(header.utf8)
        invalid.append(contentsOf: Array("learner: caf".utf8) + [0xC3, 0x28, 0x0A])
        do {
            _ = try TranscriptParser.parse(invalid, sourceName: "u")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.reason.contains("UTF-8"))
        }
        let huge = header + "learner: " + String(repeating: "a", count: 1_000_000) + "\n"
        #expect(failure(huge)?.reason.contains("bytes long") == true)
    }

    @Test("escape sequences and control characters in messages are removed")
    func sanitised() throws {
        let transcript = try parse(header + "learner: Hi \u{1B}[2J\u{1B}]0;pwned\u{07}there\u{7}!\n")
        #expect(transcript.lines[0].text == "Hi there!")
    }
}
