// The model interviewer: the scenario in the system prompt, the chat as turns, a streamed reply.

import Foundation
import Synchronization
import Testing
import TutorCore
import TutorLLM
import TutorTestSupport

@Suite("LLM interviewer")
struct LLMInterviewerTests {
    @Test("the scenario fills the prompt, the chat becomes assistant and user turns, and the reply streams")
    func reply() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(.stream(["Nice ", "to meet ", "you."], pingEvery: 2))
        let transcript = try TranscriptParser.parse(
            Data(
                "@title Job interview\n@kind script\n@description An interview.\n@level beginner\n@persona Ms. Park, a hiring manager\n@goal learn about projects\ninterviewer: Hi\n"
                    .utf8),
            sourceName: "t")
        let interviewer = LLMInterviewer(
            client: fixture.client, prompts: try PromptLibrary(), scenario: InterviewScenario(transcript))
        let pieces = Mutex<[String]>([])
        let text = try await interviewer.reply(to: [
            (.interviewer, "Hello!"), (.learnerA, "Hi, I am Jisoo."), (.system, "ended"),
        ]) { piece in
            pieces.withLock { $0.append(piece) }
        }
        #expect(text == "Nice to meet you.")
        #expect(pieces.withLock { $0 } == ["Nice ", "to meet ", "you."])
        let messages = try #require(fixture.chatRequests.first?.json?["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["system", "assistant", "user"])
        let system = messages[0]["content"] as? String ?? ""
        #expect(
            system.contains("You are Ms. Park, a hiring manager") && system.contains("level: beginner")
                && system.contains("learn about projects"))
        #expect(!system.contains("{{"))
        #expect(fixture.meter.snapshot["interviewer"]?.requests == 1)
    }
}
