// `--llm` / `--offline`: whether a command uses the configured model or only the built-in rules (chattutor's and chattutor-serve's).

import ArgumentParser
import TutorApp
import TutorConfig
import TutorLLM

/// The analyser choice every analysing command shares. With neither flag, the model is
/// used when one is configured (CHATTUTOR_LLM_* or config.toml).
public struct LLMOptions: ParsableArguments {
    public init() {}

    @Flag(
        help:
            "Analyse and make modules with the configured model (see `chattutor doctor`); the built-in parts take over any stage the model fails, and all of them once it times out or keeps failing."
    )
    public var llm = false

    @Flag(help: "Use only the built-in analyser, even when a model is configured.")
    public var offline = false

    @Option(
        help: ArgumentHelp(
            "With a model: the stages it does, comma-separated, from analysis, focus, generation, judge (default: all); the built-in parts do the others.",
            valueName: "stages"))
    public var llmStages: String?

    /// The pipeline stages a model can take over.
    public typealias Stage = LLMStage

    /// The stages the model does.
    public var stages: Set<Stage> {
        guard let llmStages else { return Set(Stage.allCases) }
        return Set(
            llmStages.split(separator: ",").compactMap {
                Stage(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased())
            })
    }

    public func validate() throws {
        // The strings only for an error: loading them is a tenth of `check`'s start-up.
        func strings(_ key: String, _ values: [String: any CustomStringConvertible] = [:]) -> String {
            MessageLanguage.strings()(key, values)
        }
        guard !(llm && offline) else { throw ValidationError(strings("cli.option.llm_and_offline")) }
        if let llmStages {
            let names = llmStages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if let unknown = names.first(where: { Stage(rawValue: $0) == nil }) {
                let stages = Stage.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError(strings("cli.option.llm_stages", ["stage": unknown, "stages": stages]))
            }
        }
    }

    /// The endpoint to use, or nil to stay offline.
    public func endpoint() throws -> LLMEndpoint? {
        try endpoint { () throws(ConfigError) in try LLMSettings.load() }
    }

    /// The endpoint to use, or nil to stay offline, from the user's config.toml as already
    /// read (`ConfigFile.load(userConfigURL)`): a command that reads it for its language too
    /// reads it once.
    public func endpoint(environment: [String: String], userFile: ConfigFile?) throws -> LLMEndpoint? {
        try endpoint { () throws(ConfigError) in try LLMSettings.load(environment: environment, userFile: userFile) }
    }

    private func endpoint(_ load: () throws(ConfigError) -> LLMSettings) throws -> LLMEndpoint? {
        guard !offline else { return nil }
        let settings: LLMSettings
        do {
            settings = try load()
        } catch {
            throw UserError(error, suffix: llm ? "" : " (or pass --offline)")
        }
        if llm, settings.endpoint == nil {
            throw UserError(key: "cli.option.needs_model", ["option": "--llm"], exitCode: 78)
        }
        return settings.endpoint
    }
}

extension EngineParts {
    /// The parts these options choose: the model's when one is configured (or `--llm`), for
    /// the stages `--llm-stages` names; only the built-in ones with `--offline`. `teaching`:
    /// whether they will write modules (`BuiltinParts.init(teaching:)`).
    public init(_ options: LLMOptions, teaching: Bool = true) throws {
        try self.init(endpoint: options.endpoint(), stages: options.stages, teaching: teaching)
    }
}
