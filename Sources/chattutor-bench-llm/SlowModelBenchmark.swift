// What waiting on a slow model costs the client: CPU seconds of this process.

import Foundation
import TutorFakeModel
import TutorLLM

#if canImport(Glibc)
    import Glibc
#endif

/// Streams one reply from a slow fake model (its first byte after `firstByte`, then `pieces`
/// pieces `between` apart) through the client, and prints the CPU (user + system) this
/// process used meanwhile. The fake server runs in this process too: its own cost (a 2 ms poll
/// while it pauses) is the floor under the client's.
struct SlowModelBenchmark {
    var firstByte: Duration
    var pieces: Int
    var between: Duration

    struct Figure {
        var wall: Duration
        var cpuSeconds: Double
        var characters: Int
    }

    func run() async throws {
        print(
            "Slow model: first byte after \(firstByte), then \(pieces) pieces \(between) apart, one streamed request"
        )
        let figure = try await measure()
        print(
            String(
                format: "async-http-client: %.1f s wall, %.3f s CPU (%.0f%% of a core), %d characters",
                LLMPathBenchmark.milliseconds(figure.wall) / 1000, figure.cpuSeconds,
                100 * figure.cpuSeconds / (LLMPathBenchmark.milliseconds(figure.wall) / 1000), figure.characters))
    }

    private func measure() async throws -> Figure {
        let reply = FakeOpenAIServer.Reply.stream(
            Array(repeating: "word ", count: pieces), between: between, firstByteAfter: firstByte)
        let server = try FakeOpenAIServer(responder: { _ in reply })
        defer { server.stop() }
        let client = LLMClient(
            endpoint: LLMEndpoint(baseURL: server.baseURL, model: "fake-model", idleTimeout: .seconds(600)),
            formats: StructuredOutputMemory())
        let request = ChatRequest(messages: [.user("Tell me about your weekend.")], stage: "conversation")
        let before = Self.cpuSeconds()
        let started = ContinuousClock.now
        let answer = try await client.stream(request) { _ in }
        return Figure(wall: .now - started, cpuSeconds: Self.cpuSeconds() - before, characters: answer.content.count)
    }

    /// User plus system CPU this process has used so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
