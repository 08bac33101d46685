// The model's pipeline stages, sharing one client.

import TutorCore
import TutorLLM

/// The model's stages, sharing one client (one concurrency limit, one usage meter).
public struct LLMParts: Sendable {
    public let client: LLMClient
    public let analyser: LLMAnalyser
    public let focusSelector: LLMFocusSelector
    public let generator: LLMModuleGenerator
    public let judge: LLMJudge

    public init(endpoint: LLMEndpoint) throws(UserError) {
        let prompts: PromptLibrary
        do {
            prompts = try PromptLibrary()
        } catch {
            throw UserError.internalError("\(error)")
        }
        client = LLMClient(endpoint: endpoint)
        analyser = LLMAnalyser(client: client, prompts: prompts)
        focusSelector = LLMFocusSelector(client: client, prompts: prompts)
        generator = LLMModuleGenerator(client: client, prompts: prompts)
        judge = LLMJudge(client: client, prompts: prompts)
    }

    public var meter: LLMUsageMeter { client.meter }
}

/// The pipeline stages a model can take over (`--llm-stages`).
public enum LLMStage: String, CaseIterable, Sendable {
    case analysis, focus, generation, judge
}
