// The model interviewer: plays a scenario's persona in short turns, streamed token by token.

import Foundation
import TutorCore

/// Who the interviewer is and what it is after, from a transcript's directives.
public struct InterviewScenario: Sendable, Hashable {
    public var title: String
    public var description: String
    public var persona: String
    public var goal: String
    public var level: String

    public init(title: String, description: String, persona: String, goal: String, level: String) {
        self.title = title
        self.description = description
        self.persona = persona
        self.goal = goal
        self.level = level
    }

    /// The scenario of a transcript; directives it lacks get friendly defaults.
    public init(_ transcript: Transcript) {
        self.init(
            title: transcript.title, description: transcript.description,
            persona: transcript.persona ?? "a friendly English conversation partner",
            goal: transcript.goal
                ?? (transcript.description.isEmpty ? "keep a friendly conversation going" : transcript.description),
            level: transcript.level ?? "intermediate")
    }
}

/// Streams the interviewer's next turn. The conversation so far goes in as chat messages
/// (interviewer turns as the assistant's, learner messages as the user's); the reply is
/// short (at most `maximumTokens`) and arrives piece by piece through `onDelta`.
public struct LLMInterviewer: Sendable {
    let client: LLMClient
    let instructions: String
    /// How many recent messages go with each request.
    public var historyLimit = 20
    public var maximumTokens = 120

    public init(client: LLMClient, prompts: PromptLibrary, scenario: InterviewScenario) {
        self.client = client
        instructions = prompts.interviewer.instructions(filling: [
            "persona": scenario.persona, "goal": scenario.goal, "level": scenario.level,
            "title": scenario.title, "description": scenario.description,
        ])
    }

    static let stage = "interviewer"

    /// The next turn, given the conversation so far, oldest first.
    public func reply(to history: [(speaker: Speaker, text: String)], onDelta: @escaping @Sendable (String) -> Void)
        async throws(LLMError) -> String
    {
        var messages = [ChatMessage.system(instructions)]
        for turn in history.suffix(historyLimit) {
            switch turn.speaker {
            case .interviewer: messages.append(.assistant(turn.text))
            case .learnerA, .learnerB: messages.append(.user(turn.text))
            case .system: continue
            }
        }
        if messages.count == 1 {
            messages.append(.user("(The learner has just joined. Greet them and ask your first question.)"))
        }
        let request = ChatRequest(messages: messages, stage: Self.stage, maximumTokens: maximumTokens, temperature: 0.7)
        return try await client.stream(request, onDelta: onDelta).content
    }
}
