// Simulated conversations: real transcript lines, the speaker mix, varied and reproducible.

import Foundation
import Testing
import TutorCore

@testable import TutorLoad

@Suite("Conversation scripts")
struct ConversationScriptTests {
    static let transcriptsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("transcripts")

    @Test("the project's transcripts give interviewer lines and learner lines from recordings only")
    func poolFromTranscripts() throws {
        let pool = try TextPool(directory: Self.transcriptsFolder)
        #expect(pool.learnerLines.contains("I am student at Chungnam University. My major is business."))
        #expect(pool.interviewerLines.contains("Good evening! Welcome. How many people are in your party?"))
        #expect(!pool.learnerLines.contains { $0.contains("joined the conversation") }, "system lines are left out")
        #expect(pool.learnerLines.count >= 30)
    }

    @Test("a script's learner lines are not learner lines, and no learner line at all is an error")
    func scriptsHaveNoLearnerLines() throws {
        let script = Transcript(
            sourceName: "s.txt", title: "S", kind: .script, description: "", level: nil,
            lines: [
                .init(speaker: .interviewer, text: "Hi.", lineNumber: 1),
                .init(speaker: .learnerA, text: "Yo.", lineNumber: 2),
            ])
        #expect(throws: LoadSetupError.noTranscriptLines(interviewerCount: 1, learnerCount: 0)) {
            try TextPool(transcripts: [script])
        }
    }

    @Test("alternating starts with the interviewer; learner-heavy has two learner messages per question")
    func mixes() {
        #expect((0..<4).map(SpeakerMix.alternating.role(at:)) == [.interviewer, .learner, .interviewer, .learner])
        #expect(
            (0..<6).map(SpeakerMix.learnerHeavy.role(at:)) == [
                .interviewer, .learner, .learner, .interviewer, .learner, .learner,
            ])
    }

    @Test("conversations differ from each other, the same seed repeats them, and texts come from the pool")
    func variedAndReproducible() throws {
        let pool = try TextPool(directory: Self.transcriptsFolder)
        let script = ConversationScript(pool: pool, mix: .alternating, seed: 42)
        let conversations = (0..<50).map { script.messages(forConversation: $0, count: 30) }
        #expect(Set(conversations.map { $0.map(\.text) }).count == 50)
        #expect(
            conversations[7]
                == ConversationScript(pool: pool, mix: .alternating, seed: 42).messages(forConversation: 7, count: 30))
        #expect(
            conversations[7]
                != ConversationScript(pool: pool, mix: .alternating, seed: 43).messages(forConversation: 7, count: 30))
        for message in conversations.joined() {
            let lines = message.role == .learner ? pool.learnerLines : pool.interviewerLines
            #expect(lines.contains(message.text))
        }
    }

    @Test("a conversation repeats no learner line until it has used the whole pool")
    func learnerLinesDealt() {
        let pool = TextPool(interviewerLines: ["Q?"], learnerLines: ["a", "b", "c", "d"])
        let messages = ConversationScript(pool: pool, mix: .alternating, seed: 1).messages(
            forConversation: 0, count: 16)
        let learner = messages.filter { $0.role == .learner }.map(\.text)
        #expect(learner.count == 8)
        #expect(Set(learner.prefix(4)) == ["a", "b", "c", "d"])
        #expect(Set(learner.suffix(4)) == ["a", "b", "c", "d"])
    }
}
