// `--llm` / `--offline`: whether a command uses the configured model or only the built-in rules.

import ArgumentParser
import TutorLLM

/// The analyser choice every analysing command shares. With neither flag, the model is
/// used when one is configured (CHATTUTOR_LLM_* or config.toml).
struct LLMOptions: ParsableArguments {
    @Flag(help: "Analyse and make modules with the configured model (see `chattutor doctor`); the built-in analyser takes over any batch the model fails.")
    var llm = false

    @Flag(help: "Use only the built-in analyser, even when a model is configured.")
    var offline = false

    func validate() throws {
        guard !(llm && offline) else { throw ValidationError("--llm and --offline cannot be used together") }
    }

    /// The endpoint to use, or nil to stay offline.
    func endpoint() throws -> LLMEndpoint? {
        guard !offline else { return nil }
        do {
            let settings = try LLMSettings.load()
            if llm, settings.endpoint == nil { throw LLMSettingsError.notConfigured }
            return settings.endpoint
        } catch {
            throw UserError(message: "\(error)" + (llm ? "" : " (or pass --offline)"), exitCode: 78)
        }
    }
}
