// The circuit breaker: when the model goes offline, how calls fail fast, and how it comes back.

import Foundation
import Synchronization
import Testing
import TutorTestSupport

@testable import TutorLLM

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
        #expect(
            breaker.admit() == .refused(reason: "3 failed requests in a row (the last: HTTP 502)", startProbe: false))
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

    @Test(
        "after the cool-down one caller is told to probe and the rest are refused; the probe's answer reopens or closes it"
    )
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

@Suite("LLM client: going offline", .timeLimit(.minutes(5)))
struct OfflineClientTests {
    @Test(
        "a server failing three times in a row opens the circuit: that call stops retrying, later calls fail at once without a request"
    )
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
        // The retry waits sleep on the client's clock, which never moves here: only the
        // circuit opening can end the 429's wait.
        let clock = ManualClock()
        let server = try FakeOpenAIServer(responder: { request in
            request.json?["max_tokens"] as? Int == 7
                ? .status(429, body: "slow down", headers: ["Retry-After": "20"])
                : .status(200, body: "", contentType: "application/json")
        })
        defer { server.stop() }
        let client = LLMClient(
            endpoint: LLMEndpoint(baseURL: server.baseURL, model: "m"),
            retryPolicy: RetryPolicy(maximumDelay: .seconds(20), random: { 0.5 }),
            formats: StructuredOutputMemory(), clock: clock)
        var patient = simpleRequest
        patient.maximumTokens = 7
        async let limited = llmError { try await client.complete(patient) }
        try await poll { clock.sleeperCount == 1 && clock.nextWake == .seconds(20) }
        // Two empty answers: with the 429, three failures in a row.
        for _ in 0..<2 { _ = await llmError { try await client.complete(simpleRequest) } }
        #expect(await limited == .rateLimited(endpoint: server.baseURL.absoluteString, attempts: 1))
        #expect(clock.now.offset == .zero && clock.sleeperCount == 0, "the wait ended without any time passing")
        #expect(server.requests.count == 3)
    }

    @Test("a timeout opens the circuit at once and aborts the other requests in flight")
    func timeoutAbortsInFlight() async throws {
        let fixture = try ClientFixture(
            idleTimeout: .milliseconds(500), deadline: .seconds(60), responder: { _ in .silent })
        // The silent call starts at 0 s, the other at 0.3 s: its own idle timeout would be at 0.8 s.
        async let silent = llmError { try await fixture.client.complete(simpleRequest) }
        try await poll { fixture.chatRequests.count == 1 && fixture.clock.sleeperCount == 1 }
        fixture.clock.advance(by: .milliseconds(300))
        async let other = llmError { try await fixture.client.stream(simpleRequest) { _ in } }
        try await poll { fixture.chatRequests.count == 2 && fixture.clock.sleeperCount == 2 }
        fixture.clock.advance(by: .milliseconds(200))
        #expect(await silent == .idleTimeout(seconds: 0.5))
        #expect(await other == .offline(reason: "no answer for 0.5 s", probeSeconds: 30))
        #expect(fixture.clock.now.offset == .milliseconds(500), "the other call did not wait for its own timeout")
        #expect(fixture.chatRequests.count == 2, "the timeout was not retried")
    }

    @Test(
        "after the cool-down a probe asks the server; a failed probe keeps it offline, a good one brings the model back"
    )
    func probeComesBack() async throws {
        let healthy = Flag()
        let fixture = try ClientFixture(responder: { _ in
            healthy.isSet ? .completion("back") : .status(503, body: "down")
        })
        let clock = fixture.clock
        _ = await llmError { try await fixture.client.complete(simpleRequest) }
        let breaker = fixture.client.breaker
        #expect(breaker.openings == 1 && breaker.coolDown == .seconds(30))
        clock.advance(by: .seconds(29))
        #expect(
            await llmError({ try await fixture.client.complete(simpleRequest) })
                == .offline(reason: "3 failed requests in a row (the last: HTTP 503)", probeSeconds: 30))
        #expect(breaker.phase == .open(since: .zero), "no probe before the cool-down")
        clock.advance(by: .seconds(1))
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
