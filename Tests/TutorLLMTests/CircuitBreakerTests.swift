// The circuit breaker: when the model goes offline, how calls fail fast, and how it comes back.

import Foundation
import Synchronization
import Testing
@testable import TutorLLM
import TutorTestSupport

@Suite("Circuit breaker")
struct CircuitBreakerTests {
    @Test("three failed attempts in a row open it; a success in between starts the count again")
    func threshold() {
        let breaker = CircuitBreaker(clock: ManualClock())
        breaker.recordFailure("HTTP 500", isTimeout: false)
        breaker.recordFailure("HTTP 500", isTimeout: false)
        breaker.recordSuccess()
        breaker.recordFailure("HTTP 500", isTimeout: false)
        breaker.recordFailure("HTTP 500", isTimeout: false)
        #expect(breaker.phase == .closed)
        #expect(breaker.admit() == .allowed)
        breaker.recordFailure("HTTP 502", isTimeout: false)
        #expect(breaker.phase == .open(since: .zero))
        #expect(breaker.openReason == "3 failed requests in a row (the last: HTTP 502)")
        #expect(breaker.admit() == .refused(reason: "3 failed requests in a row (the last: HTTP 502)", startProbe: false))
    }

    @Test("one timeout opens it at once, unless the breaker is told otherwise")
    func timeout() {
        let breaker = CircuitBreaker(clock: ManualClock())
        breaker.recordFailure("no answer for 30 s", isTimeout: true)
        #expect(breaker.openReason == "no answer for 30 s" && breaker.openings == 1)
        let lenient = CircuitBreaker(opensOnTimeout: false, clock: ManualClock())
        lenient.recordFailure("no answer for 30 s", isTimeout: true)
        #expect(lenient.phase == .closed)
    }

    @Test("a disabled breaker never opens")
    func disabled() {
        let breaker = CircuitBreaker.disabled()
        for _ in 0..<100 { breaker.recordFailure("HTTP 500", isTimeout: true) }
        #expect(breaker.admit() == .allowed && breaker.openings == 0)
    }

    @Test("after the cool-down one caller is told to probe and the rest are refused; the probe's answer reopens or closes it")
    func probe() {
        let clock = ManualClock()
        let breaker = CircuitBreaker(coolDown: .seconds(30), clock: clock)
        breaker.recordFailure("no answer for 30 s", isTimeout: true)
        clock.advance(by: .seconds(29))
        #expect(breaker.admit() == .refused(reason: "no answer for 30 s", startProbe: false))
        clock.advance(by: .seconds(1))
        #expect(breaker.admit() == .refused(reason: "no answer for 30 s", startProbe: true))
        #expect(breaker.phase == .probing)
        #expect(breaker.admit() == .refused(reason: "no answer for 30 s", startProbe: false), "one probe at a time")
        breaker.probeFinished(failure: "HTTP 503")
        #expect(breaker.phase == .open(since: .seconds(30)))
        #expect(breaker.openings == 2 && breaker.openReason == "HTTP 503")
        clock.advance(by: .seconds(30))
        #expect(breaker.admit() == .refused(reason: "HTTP 503", startProbe: true))
        breaker.probeFinished(failure: nil)
        #expect(breaker.phase == .closed && breaker.openReason == nil)
        #expect(breaker.admit() == .allowed)
    }

    @Test("opening aborts the requests in flight; while open, nothing can register")
    func abortsInFlight() {
        let breaker = CircuitBreaker(clock: ManualClock())
        let aborted = Counter()
        let first = breaker.register { aborted.add() }
        let second = breaker.register { aborted.add() }
        #expect(first != nil)
        if let second { breaker.unregister(second) }
        breaker.recordFailure("no answer for 1 s", isTimeout: true)
        #expect(aborted.value == 1, "only the request still in flight is aborted")
        #expect(breaker.register {} == nil)
    }
}

@Suite("LLM client: going offline")
struct OfflineClientTests {
    @Test("a server failing three times in a row opens the circuit: that call stops retrying, later calls fail at once without a request")
    func failingServer() async throws {
        let fixture = try ClientFixture(responder: { _ in .status(500, body: "boom") })
        let first = await llmError { try await fixture.client.complete(simpleRequest) }
        #expect(first == .httpStatus(endpoint: fixture.server.baseURL.absoluteString, status: 500, message: "boom"))
        #expect(fixture.chatRequests.count == 3)
        let second = await llmError { try await fixture.client.complete(simpleRequest) }
        #expect(second == .offline(reason: "3 failed requests in a row (the last: HTTP 500)", probeSeconds: 30))
        #expect(second?.description.contains("tries it again every 30 s") == true)
        #expect(fixture.chatRequests.count == 3)
        #expect(fixture.meter.snapshot["test"]?.requests == 3, "a refused call is no request")
    }

    @Test("a retry wait ends when the circuit opens: a 429 asking for 20 s is not waited out")
    func retryWaitEnds() async throws {
        // Real sleeps here: the wait must be cut short by another request's failures.
        let server = try FakeOpenAIServer(responder: { request in
            request.json?["max_tokens"] as? Int == 7
                ? .status(429, body: "slow down", headers: ["Retry-After": "20"]) : .status(503, body: "down")
        })
        defer { server.stop() }
        let client = LLMClient(
            endpoint: LLMEndpoint(baseURL: server.baseURL, model: "m"), retryPolicy: RetryPolicy(maximumDelay: .seconds(20), random: { 0.5 }),
            formats: StructuredOutputMemory())
        let started = ContinuousClock.now
        var patient = simpleRequest
        patient.maximumTokens = 7
        async let limited = llmError { try await client.complete(patient) }
        try await poll { server.requests.count == 1 }
        for _ in 0..<2 { _ = await llmError { try await client.complete(simpleRequest) } }
        #expect(await limited == .rateLimited(endpoint: server.baseURL.absoluteString, attempts: 1))
        #expect(ContinuousClock.now - started < .seconds(15))  // the 429 asked for 20 s
    }

    @Test("a timeout opens the circuit at once and aborts the other requests in flight")
    func timeoutAbortsInFlight() async throws {
        let fixture = try ClientFixture(idleTimeout: .milliseconds(500), deadline: .seconds(60))
        // The first answer keeps its connection alive with comments for 20 s (no idle timeout);
        // the second never sends a byte.
        var alive: [FakeOpenAIServer.Step] = [.write(FakeOpenAIServer.Reply.head(status: 200, contentType: "text/event-stream", contentLength: nil))]
        for _ in 0..<200 { alive += [.write(Data(": ping\n\n".utf8)), .pause(.milliseconds(100))] }
        fixture.server.enqueue(FakeOpenAIServer.Reply(steps: alive), FakeOpenAIServer.Reply(steps: [.pause(.seconds(60))]))
        let started = ContinuousClock.now
        async let kept = llmError { try await fixture.client.stream(simpleRequest) { _ in } }
        try await poll { fixture.chatRequests.count == 1 }
        let silent = await llmError { try await fixture.client.complete(simpleRequest) }
        #expect(silent == .idleTimeout(seconds: 0.5))
        #expect(await kept == .offline(reason: "no answer for 0.5 s", probeSeconds: 30))
        #expect(ContinuousClock.now - started < .seconds(15), "the 20 s stream was aborted, not waited out")
        #expect(fixture.chatRequests.count == 2, "the timeout was not retried")
    }

    @Test("after the cool-down a probe asks the server; a failed probe keeps it offline, a good one brings the model back")
    func probeComesBack() async throws {
        let clock = ManualClock()
        let healthy = Flag()
        let fixture = try ClientFixture(
            breaker: CircuitBreaker(coolDown: .seconds(30), clock: clock),
            responder: { _ in healthy.isSet ? .completion("back") : .status(503, body: "down") })
        _ = await llmError { try await fixture.client.complete(simpleRequest) }
        let breaker = fixture.client.breaker
        #expect(breaker.openings == 1)
        clock.advance(by: .seconds(30))
        guard case .offline = await llmError({ try await fixture.client.complete(simpleRequest) }) else {
            Issue.record("the call that starts the probe is refused too")
            return
        }
        try await poll { breaker.openings == 2 }
        #expect(fixture.chatRequests.count == 4, "three failed attempts, then the probe")
        #expect(fixture.chatRequests.last?.json?["max_tokens"] as? Int == 1)
        healthy.set()
        clock.advance(by: .seconds(30))
        _ = await llmError { try await fixture.client.complete(simpleRequest) }
        try await poll { breaker.phase == .closed }
        #expect(try await fixture.client.complete(simpleRequest).content == "back")
        #expect(fixture.meter.snapshot["test"]?.requests == 4, "probes are not counted as the stages' requests")
    }
}

/// Polls a condition that background work makes true; fails after five seconds.
func poll(_ condition: @Sendable () -> Bool) async throws {
    for _ in 0..<2500 {
        if condition() { return }
        try await Task.sleep(for: .milliseconds(2))
    }
    Issue.record("condition not met within 5 s")
}

final class Counter: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func add() { count.withLock { $0 += 1 } }
}

final class Flag: Sendable {
    private let state = Mutex(false)
    var isSet: Bool { state.withLock { $0 } }
    func set() { state.withLock { $0 = true } }
}
