// The analysis parts of a command: the built-in ones, and the model's when one is in use.

import TutorCore
import TutorLLM

/// Everything an engine needs, chosen by `--llm` / `--offline` and the configuration.
public struct EngineParts: Sendable {
    public let builtin: BuiltinParts
    public let llm: LLMParts?
    /// The stages the model does (all, unless `--llm-stages` says otherwise).
    public let stages: Set<LLMStage>

    /// The built-in parts, and the model's on `endpoint` (none: offline) for `stages`;
    /// `teaching`: whether they will write modules (`BuiltinParts.init(teaching:)`).
    public init(
        endpoint: LLMEndpoint?, stages: Set<LLMStage> = Set(LLMStage.allCases), teaching: Bool = true
    ) throws(UserError) {
        let llm = try endpoint.map { endpoint throws(UserError) in try LLMParts(endpoint: endpoint) }
        self.init(builtin: try BuiltinParts(teaching: teaching), llm: llm, stages: stages)
    }

    /// These parts, made separately: the TUI makes the model's at once and loads the
    /// built-in ones behind its first frame.
    public init(builtin: BuiltinParts, llm: LLMParts?, stages: Set<LLMStage>) {
        self.builtin = builtin
        self.llm = llm
        self.stages = stages
    }

    /// What reports and logs call the analyser (its identifier).
    public var analyserName: String { Self.analyserName(llm: llm, stages: stages) }

    /// The analyser as the learner's screens name it: the built-in rules, or the model.
    public var analyserLabel: AnalyserLabel { Self.analyserLabel(endpoint: llm?.client.endpoint, stages: stages) }

    /// The analyser of parts with a model on `endpoint` (none: offline) for `stages`, as the
    /// learner's screens name it; known before any part is made (the TUI's first frame, a
    /// talk host's welcome).
    public static func analyserLabel(endpoint: LLMEndpoint?, stages: Set<LLMStage>) -> AnalyserLabel {
        guard let endpoint, stages.contains(.analysis) else { return .rules }
        return .model(endpoint.model)
    }

    /// The identifier of the analyser of parts with `llm` for `stages`, known before the
    /// built-in parts load.
    public static func analyserName(llm: LLMParts?, stages: Set<LLMStage>) -> String {
        guard let llm, stages.contains(.analysis) else { return BuiltinParts.analyserName }
        return llm.analyser.identifier
    }

    /// An engine with these parts: with a model, each of its stages has the built-in one as
    /// its fallback (the analyser, the ranking, the templates; a judge that cannot answer
    /// leaves the module to the validator), and every module passes the built-in validator
    /// before the model's judge. The stages share the client's circuit breaker, so once the
    /// server times out or keeps failing, the rest goes offline at once.
    public func makeEngine(_ configuration: EngineConfiguration) -> Engine {
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
            analyser: analyses
                ? SupplementedAnalyser(primary: llm.analyser, supplement: builtin.analyser) : builtin.analyser,
            fallbackAnalyser: analyses ? builtin.analyser : nil,
            focusSelector: selects ? llm.focusSelector : RankedFocusSelector(),
            fallbackFocusSelector: selects ? RankedFocusSelector() : nil,
            generator: generates ? llm.generator : builtin.generator as any ModuleGenerator,
            fallbackGenerator: generates ? builtin.generator : nil,
            validator: builtin.validator, judge: stages.contains(.judge) ? llm.judge : nil,
            clusterer: builtin.analyser.resources.ranking.clusterer)
    }
}
