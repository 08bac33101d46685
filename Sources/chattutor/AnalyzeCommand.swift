// `chattutor analyze`: runs a recorded conversation through the engine, without a terminal.

import ArgumentParser
import Foundation
import TutorApp
import TutorCore
import TutorLLM
import TutorUI

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a recorded conversation and make its teaching modules.",
        discussion: """
            Runs the whole pipeline (batching, analysis, clustering, module generation and \
            validation) on a transcript of kind `recording`. With --out, writes validated/, \
            rejected/ and validation_reports/ (one JSON file per module) under DIR and nothing else.
            """
    )

    @Argument(help: "A recorded conversation (see docs/transcript-format.md), or a chat's /export (.md or .json).")
    var file: String

    @Option(help: "Write validated/, rejected/ and validation_reports/ under this directory.")
    var out: String?

    @Option(help: "Summary format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Analyse a learner's messages in batches of this size.")
    var batchSize: Int = EngineConfiguration.defaultBatchSize

    @Option(help: "At most this many modules per learner.")
    var maxModules: Int = 8

    @OptionGroup var model: LLMOptions

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let strings = MessageLanguage.strings()
        guard batchSize >= 1 else {
            throw ValidationError(strings("cli.option.at_least_one", ["option": "--batch-size"]))
        }
        guard maxModules >= 0 else {
            throw ValidationError(strings("cli.option.not_negative", ["option": "--max-modules"]))
        }
    }

    func run() async throws {
        try await reportingUserErrors {
            let strings = Strings.builtIn(try language.resolve())
            let transcript = try TranscriptFile.read(
                TranscriptLibrary.path(ofFileOrName: file, override: nil), kind: .recording, command: "analyze")
            let parts = try EngineParts(model)
            let outcome = await HeadlessRun.run(
                transcript,
                engine: parts.makeEngine(
                    EngineConfiguration(batchSize: batchSize, idleTimeout: nil, maximumModules: maxModules)),
                llm: parts.llm)
            if let out { try ModuleFiles(directory: URL(fileURLWithPath: out)).write(outcome) }
            var output = OutputBuffer()
            output.write(
                format == .json
                    ? try outcome.jsonSummary(file: file) : outcome.textSummary(file: file, out: out, strings: strings))
            output.flush()
        }
    }
}
