// The transport (async-http-client) against the fake server, and the SSE parser under every split of its input.

import Foundation
import Synchronization
import Testing
import TutorTestSupport

@_spi(Fuzzing) @testable import TutorLLM

@Suite("Transports", .timeLimit(.minutes(5)))
struct TransportTests {
    @Test("whole and streamed answers, keep-alive comments")
    func answers() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(.completion("Hello!", usage: (5, 2)), .stream(["a", "b", "c"], pingEvery: 1))
        #expect(try await fixture.client.complete(simpleRequest).content == "Hello!")
        #expect(try await fixture.client.stream(simpleRequest) { _ in }.content == "abc")
    }

    @Test("a stall mid-stream times out, a slow first byte is retried, an empty body is reported")
    func failures() async throws {
        // The breaker would go offline at the first timeout; here the transport is tested.
        let fixture = try ClientFixture(idleTimeout: .milliseconds(300), breaker: .disabled())
        fixture.server.enqueue(
            .stallingStream(["Hi"], stall: .seconds(3_600)),
            .silent, .completion("on time"),
            .status(200, body: "", contentType: "application/json"),
            .status(500, body: "boom"), .completion("after 500"))
        // "Hi" has been shown before time moves, so the stall is not retried (and takes no other reply).
        let shown = Mutex(false)
        async let stalled = llmError {
            try await fixture.client.stream(simpleRequest) { _ in shown.withLock { $0 = true } }
        }
        try await poll { shown.withLock { $0 } && fixture.clock.sleeperCount == 1 }
        fixture.clock.advance(by: .milliseconds(300))
        #expect(await stalled == .idleTimeout(seconds: 0.3))
        async let onTime = fixture.client.complete(simpleRequest)
        try await poll { fixture.chatRequests.count == 2 && fixture.clock.sleeperCount == 1 }
        fixture.clock.advance(by: .milliseconds(300))
        #expect(try await onTime.content == "on time")
        #expect(
            await llmError { try await fixture.client.complete(simpleRequest) }
                == .emptyResponse(endpoint: fixture.server.baseURL.absoluteString))
        #expect(try await fixture.client.complete(simpleRequest).content == "after 500")
    }

    @Test("cancelling stops the stream")
    func cancellation() async throws {
        let fixture = try ClientFixture()
        let gate = FakeOpenAIServer.Gate()
        fixture.server.enqueue(.stream(Array(repeating: "word ", count: 200), gate: gate))
        gate.open()
        let first = AsyncStream.makeStream(of: Void.self)
        let task = Task {
            await llmError { try await fixture.client.stream(simpleRequest) { _ in first.continuation.yield() } }
        }
        for await _ in first.stream { break }
        task.cancel()
        #expect(await task.value == .cancelled)
    }

    @Test("a server that is not there is unreachable at once: connection refused, with what to do")
    func refused() async throws {
        let fixture = try ClientFixture(breaker: .disabled())
        let url = fixture.server.baseURL.absoluteString
        fixture.server.stop()
        let started = ContinuousClock.now
        let error = await llmError { try await fixture.client.complete(simpleRequest) }
        #expect(error == .unreachable(endpoint: url, reason: "connection refused"))
        #expect(error?.description.contains("check that the server runs") == true)
        // Four attempts (the retries' waits are recorded, not slept), none waiting for a connect timeout.
        #expect(fixture.recordedWaits.count == 3)
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test("a streamed answer that adds up to more than the cap fails as malformed")
    func streamedAnswerCap() async throws {
        let fixture = try ClientFixture(breaker: .disabled())
        let piece = String(repeating: "word ", count: 64 * 1024 / 5)
        fixture.server.enqueue(
            .stream(Array(repeating: piece, count: LLMClient.maximumBodyByteCount / piece.utf8.count + 2)))
        let error = await llmError { try await fixture.client.stream(simpleRequest) { _ in } }
        #expect(error == .malformedResponse("the streamed answer is larger than 4 MB"))
    }

    @Test("the SSE parser gives the same events for every split, with CRLF, comments and multi-line data")
    func sseParser() {
        let text =
            ": ping\r\ndata: {\"a\":1}\r\n\r\nevent: x\ndata: line one\ndata: line two\n\n: keep-alive\n\ndata: [DONE]\n\n"
        let bytes = Array(text.utf8)
        let expected = ["{\"a\":1}", "line one\nline two", "[DONE]"]
        for split in 0...bytes.count {
            var parser = SSEParser()
            let events = parser.feed(bytes[0..<split]) + parser.feed(bytes[split...])
            #expect(events == expected, "split at \(split)")
            #expect(parser.commentCount == 2)
        }
    }
}
