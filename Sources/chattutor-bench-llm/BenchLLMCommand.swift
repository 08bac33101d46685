// `chattutor-bench-llm`: the LLM path's efficiency benchmark, and `serve`, the fake model for e2e.

import ArgumentParser
import Foundation
import TutorFakeModel
import TutorLLM

@main
struct BenchLLMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chattutor-bench-llm",
        abstract: "Measure the LLM path against a fake OpenAI-compatible server, or serve that fake model.",
        subcommands: [RunBenchmark.self, SlowModel.self, ServeFakeModel.self],
        defaultSubcommand: RunBenchmark.self
    )
}

/// How long the fake model takes to start each answer.
struct LatencyOption: ParsableArguments {
    @Option(help: ArgumentHelp("Milliseconds before each answer of the fake model.", valueName: "ms"))
    var latencyMs: Int = 300

    func validate() throws {
        guard (0...60_000).contains(latencyMs) else { throw ValidationError("--latency-ms must be from 0 to 60000") }
    }

    var latency: Duration { .milliseconds(latencyMs) }
}

struct RunBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Three runs of a 30-message conversation; exits 1 above 1.2× the critical path.")

    @OptionGroup var latency: LatencyOption

    func run() async throws {
        let passed = try await LLMPathBenchmark(latencyMilliseconds: latency.latencyMs).run()
        if !passed { throw ExitCode(1) }
    }
}

struct SlowModel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slow-model",
        abstract: "The CPU this process uses while a slow fake model streams one reply.")

    @Option(help: ArgumentHelp("Seconds before the model's first byte.", valueName: "s"))
    var firstByteSeconds: Int = 5

    @Option(help: "Pieces of text the model streams after its first byte.")
    var pieces: Int = 60

    @Option(help: ArgumentHelp("Milliseconds between two pieces.", valueName: "ms"))
    var betweenMs: Int = 100

    func validate() throws {
        guard (0...600).contains(firstByteSeconds) else {
            throw ValidationError("--first-byte-seconds must be from 0 to 600")
        }
        guard (1...10_000).contains(pieces) else { throw ValidationError("--pieces must be from 1 to 10000") }
        guard (0...10_000).contains(betweenMs) else { throw ValidationError("--between-ms must be from 0 to 10000") }
    }

    func run() async throws {
        try await SlowModelBenchmark(
            firstByte: .seconds(firstByteSeconds), pieces: pieces, between: .milliseconds(betweenMs)
        ).run()
    }
}

struct ServeFakeModel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the fake model on 127.0.0.1: prints its base URL, answers until standard input closes.")

    @OptionGroup var latency: LatencyOption

    func run() async throws {
        let server = try FakeOpenAIServer(responder: LLMPathBenchmark.model(latency: latency.latency).reply)
        FileHandle.standardOutput.write(Data((server.baseURL.absoluteString + "\n").utf8))
        _ = FileHandle.standardInput.readDataToEndOfFile()
        server.stop()
    }
}
