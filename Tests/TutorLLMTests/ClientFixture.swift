// A client wired to a fresh fake server, on a clock the test moves, with retries that record their waits.

import Foundation
import Synchronization
import Testing
import TutorLLM
import TutorTestSupport

/// The fake server, a client pointed at it, and the waits the client asked for. The client's
/// deadlines, idle timeouts and breaker run on `clock`, which moves only when the test says,
/// so timeouts happen exactly when a test makes them happen, however busy the machine.
final class ClientFixture: Sendable {
    let server: FakeOpenAIServer
    let client: LLMClient
    let meter = LLMUsageMeter()
    let clock = ManualClock()
    private let waits = WaitLog()

    /// The retry waits the client asked for, in order.
    var recordedWaits: [Duration] { waits.entries.withLock { $0 } }

    init(
        idleTimeout: Duration = .seconds(5), deadline: Duration = .seconds(20), concurrency: Int = 8,
        apiKey: String? = nil, breaker: CircuitBreaker? = nil,
        responder: (@Sendable (FakeOpenAIServer.Request) -> FakeOpenAIServer.Reply)? = nil
    ) throws {
        server = try FakeOpenAIServer(responder: responder)
        let waits = waits
        let policy = RetryPolicy(
            maximumRetries: 3, sleep: { delay in waits.entries.withLock { $0.append(delay) } }, random: { 0.5 })
        client = LLMClient(
            endpoint: LLMEndpoint(
                baseURL: server.baseURL, model: "fake-model", apiKey: apiKey, idleTimeout: idleTimeout,
                deadline: deadline,
                maximumConcurrentRequests: concurrency),
            meter: meter, retryPolicy: policy, formats: StructuredOutputMemory(), breaker: breaker, clock: clock)
    }

    deinit { server.stop() }

    /// Chat requests the server received.
    var chatRequests: [FakeOpenAIServer.Request] { server.requests(to: "/v1/chat/completions") }
}

/// Waits a retry policy asked for.
final class WaitLog: Sendable {
    let entries = Mutex<[Duration]>([])
}

let simpleRequest = ChatRequest(messages: [.system("You are terse."), .user("Say hello.")], stage: "test")

/// Waits for background work (a request reaching the server, a watchdog going to sleep) to
/// make `condition` true. The limit is for progress on a loaded machine, not a timing: the
/// time the tests reason about is the manual clock's (a full run under ThreadSanitizer, all
/// tests at once on two cores, has taken 70 s).
func poll(_ condition: @Sendable () -> Bool) async throws {
    let limit = ContinuousClock.now + .seconds(300)
    while ContinuousClock.now < limit {
        if condition() { return }
        try await Task.sleep(for: .milliseconds(2))
    }
    Issue.record("condition not met within 300 s")
}

/// Runs `body` and returns the `LLMError` it threw, or nil.
func llmError(_ body: () async throws -> ChatCompletion) async -> LLMError? {
    do {
        _ = try await body()
        return nil
    } catch let error as LLMError {
        return error
    } catch {
        Issue.record("expected an LLMError, got \(error)")
        return nil
    }
}
