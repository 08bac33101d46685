// Builds the model interviewer for `chat --interviewer llm`: its client, prompt and scenario.

import Foundation
import TutorLLM
import TutorUI

/// The model interviewer of `chat --interviewer llm` and of a talk host's standby.
public enum LiveInterviewerParts {
    /// The reply function the chat's effect performer calls; it shares the analysis stages' client (one
    /// concurrency limit) when the model analyses too.
    public static func make(_ scenario: InterviewScenario, sharing llm: LLMParts?) throws(UserError) -> InterviewerReply
    {
        let client: LLMClient
        if let llm {
            client = llm.client
        } else {
            let settings: LLMSettings
            do {
                settings = try LLMSettings.load()
            } catch {
                throw UserError(message: "\(error)", exitCode: 78)
            }
            guard let endpoint = settings.endpoint else {
                throw UserError(key: "cli.option.needs_model", ["option": "--interviewer llm"], exitCode: 78)
            }
            client = LLMClient(endpoint: endpoint)
        }
        let prompts: PromptLibrary
        do {
            prompts = try PromptLibrary()
        } catch {
            throw UserError.internalError("\(error)")
        }
        let interviewer = LLMInterviewer(client: client, prompts: prompts, scenario: scenario)
        return { history, onDelta in
            _ = try await interviewer.reply(to: history.map { ($0.speaker, $0.text) }, onDelta: onDelta)
        }
    }
}
