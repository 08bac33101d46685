// What a report calls a recording's learners: `@learner` and `@learner-b` names, else a plain word.

import Foundation
import Testing
import TutorCore

private func recording(_ head: String, _ body: String) throws -> Transcript {
    try TranscriptParser.parse(
        Data("@title T\n@kind recording\n\(head)\n\(body)".utf8), sourceName: "talk.txt")
}

@Suite("Learner names in a recording")
struct LearnerNamesTests {
    @Test("two learners named by the file are called by their names")
    func named() throws {
        let transcript = try recording(
            "@learner Jiwoo\n@learner-b  Haneul Park ", "learner: I am ready.\nlearner-b: Me too.")
        #expect(transcript.learnerNames == [.learnerA: "Jiwoo", .learnerB: "Haneul Park"])
        #expect(transcript.label(for: .learnerA) == "Jiwoo")
        #expect(transcript.label(for: .learnerB) == "Haneul Park")
        #expect(transcript.label(for: .interviewer) == "Interviewer")
    }

    @Test("without names, one learner is 'Learner', and two stay apart as A and B")
    func unnamed() throws {
        let one = try recording("", "interviewer: Hi!\nlearner: Hello.")
        #expect(one.label(for: .learnerA) == "Learner")
        let two = try recording("@learner Jiwoo", "learner: Hi.\nlearner-b: Hello.")
        #expect(two.label(for: .learnerA) == "Jiwoo" && two.label(for: .learnerB) == "Learner B")
        let neither = try recording("", "learner: Hi.\nlearner-b: Hello.")
        #expect(neither.label(for: .learnerA) == "Learner A" && neither.label(for: .learnerB) == "Learner B")
    }

    @Test("two learners of one name are told apart; a long name is cut, a control character dropped")
    func sameNameAndUnsafe() throws {
        let same = try recording("@learner Minji\n@learner-b Minji", "learner: Hi.\nlearner-b: Hello.")
        #expect(same.label(for: .learnerA) == "Minji (A)" && same.label(for: .learnerB) == "Minji (B)")
        let long = try recording("@learner A\u{1B}[31mvery long name that goes on and on", "learner: Hi.")
        let name = try #require(long.learnerNames[.learnerA])
        #expect(name.count == Transcript.maximumLearnerNameLength && !name.contains("\u{1B}"))
    }

    @Test("a script names no learner")
    func scriptRefuses() {
        let script = "@title T\n@kind script\n@learner Jiwoo\ninterviewer: Hi?\ninterviewer: Bye!\n"
        #expect(throws: TranscriptError.self) { try TranscriptParser.parse(Data(script.utf8), sourceName: "t.txt") }
    }
}
