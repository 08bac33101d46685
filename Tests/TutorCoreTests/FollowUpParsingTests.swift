// A script's follow-up lines: attached to the question before them, script-wide before the
// first, and a clear error naming the file and line for anything malformed.

import Foundation
import Testing
import TutorCore

private let header = "@title Test\n@kind script\n@description A test.\n"

private func parse(_ body: String, header: String = header) throws(TranscriptError) -> Transcript {
    try TranscriptParser.parse(Data((header + body).utf8), sourceName: "s.txt")
}

@Suite("Transcripts: follow-up lines")
struct FollowUpParsingTests {
    @Test("follow-ups attach to the interviewer line before them; those before the first line are script-wide")
    func attachment() throws {
        let script = try parse(
            """
            short-answer: Could you say a little more?
            interviewer: Do you have any hobbies?
            followup [hiking, hik*, go to the mountains]: Why do you like hiking?
            FollowUp[ I don't know ] : That's okay. What do you do after work?
            ask-back: I play tennis on Sundays.
              It keeps me awake on Mondays.
            interviewer: Thank you. Goodbye!

            """)
        #expect(
            script.generalFollowUps == [
                Transcript.FollowUp(trigger: .shortAnswer, text: "Could you say a little more?", lineNumber: 4)
            ])
        #expect(script.lines.map(\.text) == ["Do you have any hobbies?", "Thank you. Goodbye!"])
        let followUps = script.lines[0].followUps
        #expect(followUps.map(\.lineNumber) == [6, 7, 8])
        #expect(
            followUps[0].trigger
                == .keywords([
                    Keyword(words: ["hiking"]), Keyword(words: ["hik"], lastWordIsPrefix: true),
                    Keyword(words: ["go", "to", "the", "mountains"]),
                ]))
        #expect(followUps[1].trigger == .keywords([Keyword(words: ["i", "dont", "know"])]))
        #expect(followUps[1].text == "That's okay. What do you do after work?")
        #expect(
            followUps[2]
                == Transcript.FollowUp(
                    trigger: .askBack, text: "I play tennis on Sundays.\nIt keeps me awake on Mondays.", lineNumber: 8))
        #expect(script.lines[1].followUps.isEmpty)
    }

    @Test("followup wish and followup fact keep their mood; dont-know and not-english are their own kinds")
    func moodsAndIntents() throws {
        let script = try parse(
            """
            not-english: Could you try that in English?
            interviewer: Why do you study English?
            followup wish [work*, job]: What job would you like?
            FOLLOWUP Fact[work*]: Do you use English at work?
            dont-know: For example, is it for a test, or for travel?
            interviewer: Thank you. Goodbye!
            """)
        #expect(script.generalFollowUps.map(\.trigger) == [.notEnglish])
        #expect(
            script.lines[0].followUps.map(\.trigger) == [
                .keywords([Keyword(words: ["work"], lastWordIsPrefix: true), Keyword(words: ["job"])], mood: .wish),
                .keywords([Keyword(words: ["work"], lastWordIsPrefix: true)], mood: .fact),
                .dontKnow,
            ])
    }

    @Test("a script without follow-up lines reads as before")
    func oldScripts() throws {
        let script = try parse("interviewer: Hi!\ninterviewer: Bye!\n")
        #expect(script.generalFollowUps.isEmpty)
        #expect(script.lines.allSatisfy { $0.followUps.isEmpty })
        var interview = ScriptedInterview(script)
        let first = interview.nextLine(after: nil)
        let second = interview.nextLine(after: "What about you? I like hiking.")
        #expect(first == "Hi!")
        #expect(second == "Bye!")
        #expect(interview.isFinished)
    }

    @Test(
        "malformed follow-up lines name the file, the line and the fix",
        arguments: [
            ("interviewer: Q?\nfollowup: Why?\ninterviewer: Bye\n", 5, "needs its keywords in brackets"),
            ("interviewer: Q?\nfollowup [hiking: Why?\ninterviewer: Bye\n", 5, "no closing ']'"),
            ("interviewer: Q?\nfollowup [hiking] Why?\ninterviewer: Bye\n", 5, "expected ':'"),
            ("interviewer: Q?\nfollowup [hiking]:   \ninterviewer: Bye\n", 5, "says nothing"),
            ("interviewer: Q?\nfollowup [hiking,,tennis]: Why?\ninterviewer: Bye\n", 5, "an empty keyword"),
            ("interviewer: Q?\nfollowup []: Why?\ninterviewer: Bye\n", 5, "an empty keyword"),
            ("interviewer: Q?\nfollowup [h*ke]: Why?\ninterviewer: Bye\n", 5, "'*' may only end a keyword"),
            ("interviewer: Q?\nfollowup [k-pop!]: Why?\ninterviewer: Bye\n", 5, "'!' in 'k-pop!' is not allowed"),
            ("interviewer: Q?\nask-back [tennis]: I play tennis.\ninterviewer: Bye\n", 5, "ask-back takes no keywords"),
            (
                "interviewer: Q?\nfollowup maybe [work]: Why?\ninterviewer: Bye\n", 5,
                "'maybe' is not a kind of followup"
            ),
            ("interviewer: Q?\nfollowup any [work]: Why?\ninterviewer: Bye\n", 5, "'any' is not a kind of followup"),
            ("interviewer: Q?\ndont-know [x]: Easier.\ninterviewer: Bye\n", 5, "dont-know takes no keywords"),
            (
                "interviewer: Q?\nshort-answer Tell me more.\ninterviewer: Bye\n", 5,
                "expected ':' and the interviewer's line after short-answer"
            ),
            (
                "interviewer: Q?\nsystem: note\nask-back: Me too.\ninterviewer: Bye\n", 6,
                "belongs after an interviewer line"
            ),
            ("interviewer: Q?\ninterviewer: Bye\nask-back: Me too.\n", 6, "last interviewer line ends the interview"),
            ("ask-back: Me too.\n@level beginner\ninterviewer: Bye\n", 5, "before the first message"),
        ])
    func malformed(body: String, line: Int, reason: String) {
        do {
            _ = try parse(body)
            Issue.record("parsed: \(body)")
        } catch {
            #expect(error.lineNumber == line, "\(error)")
            #expect(error.reason.contains(reason), "\(error)")
            #expect(error.description.hasPrefix("s.txt:\(line): "))
        }
    }

    @Test("a recording may not hold follow-up lines")
    func notInRecordings() {
        let recording = "@title Test\n@kind recording\n@description A test.\n"
        #expect(
            throws: TranscriptError(
                sourceName: "s.txt", lineNumber: 5,
                reason:
                    "followup, ask-back, short-answer, dont-know and not-english lines belong in a script (@kind script), not a recording"
            )
        ) {
            try parse("interviewer: Q?\nask-back: Me too.\nlearner: Yes.\n", header: recording)
        }
    }
}
