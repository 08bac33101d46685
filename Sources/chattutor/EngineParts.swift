// The analysis parts of a command: the built-in ones, and the model's when one is in use.

import Foundation
import TutorCore
import TutorLLM

/// The model's stages, sharing one client (one concurrency limit, one usage meter).
struct LLMParts {
    let client: LLMClient
    let analyser: LLMAnalyser
    let focusSelector: LLMFocusSelector
    let generator: LLMModuleGenerator
    let judge: LLMJudge

    init(endpoint: LLMEndpoint) throws {
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

    var meter: LLMUsageMeter { client.meter }
}

/// Everything an engine needs, chosen by `--llm` / `--offline` and the configuration.
struct EngineParts {
    let builtin: BuiltinParts
    let llm: LLMParts?
    /// The stages the model does (all, unless `--llm-stages` says otherwise).
    let stages: Set<LLMOptions.Stage>

    init(_ options: LLMOptions) throws {
        builtin = try BuiltinParts()
        llm = try options.endpoint().map { try LLMParts(endpoint: $0) }
        stages = options.stages
    }

    /// What the status bar and reports call the analyser.
    var analyserName: String {
        guard let llm, stages.contains(.analysis) else { return builtin.analyser.identifier }
        return llm.analyser.identifier
    }

    /// An engine with these parts: with a model, each of its stages has the built-in one as
    /// its fallback (the analyser, the ranking, the templates; a judge that cannot answer
    /// leaves the module to the validator), and every module passes the built-in validator
    /// before the model's judge. The stages share the client's circuit breaker, so once the
    /// server times out or keeps failing, the rest goes offline at once.
    func makeEngine(_ configuration: EngineConfiguration) -> Engine {
        guard let llm else {
            return Engine(
                configuration: configuration, analyser: builtin.analyser, generator: builtin.generator,
                validator: builtin.validator, clusterer: builtin.analyser.resources.ranking.clusterer)
        }
        let analyses = stages.contains(.analysis)
        let selects = stages.contains(.focus)
        let generates = stages.contains(.generation)
        return Engine(
            configuration: configuration,
            analyser: analyses ? SupplementedAnalyser(primary: llm.analyser, supplement: builtin.analyser) : builtin.analyser,
            fallbackAnalyser: analyses ? builtin.analyser : nil,
            focusSelector: selects ? llm.focusSelector : RankedFocusSelector(),
            fallbackFocusSelector: selects ? RankedFocusSelector() : nil,
            generator: generates ? llm.generator : builtin.generator as any ModuleGenerator,
            fallbackGenerator: generates ? builtin.generator : nil,
            validator: builtin.validator, judge: stages.contains(.judge) ? llm.judge : nil,
            clusterer: builtin.analyser.resources.ranking.clusterer)
    }
}
