// The client against the fake server: every failure mode of issue 6, as the caller sees it.

import Foundation
import Synchronization
import Testing
import TutorTestSupport

@testable import TutorLLM

@Suite("LLM client against the fake server", .timeLimit(.minutes(5)))
struct LLMClientTests {
    @Test("a normal answer gives its text and the server's token counts")
    func normalAnswer() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(.completion("Hello!", usage: (31, 3)))
        let completion = try await fixture.client.complete(simpleRequest)
        #expect(completion.content == "Hello!")
        #expect(completion.usage == TokenUsage(promptTokens: 31, completionTokens: 3, isEstimated: false))
        let body = try #require(fixture.chatRequests.first?.json)
        #expect(body["model"] as? String == "fake-model")
        #expect(body["stream"] as? Bool == false)
        #expect(fixture.meter.snapshot["test"]?.requests == 1)
        #expect(fixture.meter.snapshot["test"]?.totalTokens == 34)
    }

    @Test("a streamed answer arrives piece by piece; tokens are estimated when the stream has no usage")
    func streamedAnswer() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(.stream(["Hel", "lo, ", "안녕", "!"]))
        let pieces = Mutex<[String]>([])
        let completion = try await fixture.client.stream(simpleRequest) { piece in pieces.withLock { $0.append(piece) }
        }
        #expect(pieces.withLock { $0 } == ["Hel", "lo, ", "안녕", "!"])
        #expect(completion.content == "Hello, 안녕!")
        #expect(completion.usage.isEstimated)
        #expect(completion.usage.completionTokens > 0 && completion.usage.promptTokens > 0)
        #expect(fixture.chatRequests.first?.json?["stream"] as? Bool == true)
    }

    @Test("keep-alive comment lines in a stream are skipped")
    func keepAliveComments() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(.stream(["a", "b", "c", "d"], pingEvery: 1))
        let completion = try await fixture.client.stream(simpleRequest) { _ in }
        #expect(completion.content == "abcd")
    }

    @Test("a body that is not JSON, or is cut short, is a malformed answer and is not retried")
    func malformedAndTruncatedJSON() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(
            .status(200, body: "<html>proxy login</html>", contentType: "text/html"),
            .status(200, body: #"{"choices":[{"message":{"content":"Hel"#, contentType: "application/json"))
        for _ in 0..<2 {
            let error = await llmError { try await fixture.client.complete(simpleRequest) }
            guard case .malformedResponse = error else {
                Issue.record("expected a malformed response, got \(String(describing: error))")
                return
            }
            #expect(error?.description.contains("OpenAI-compatible") == true)
        }
        #expect(fixture.chatRequests.count == 2)
    }

    @Test("a malformed event in a stream fails the answer")
    func malformedStreamEvent() async throws {
        let fixture = try ClientFixture()
        let head = FakeOpenAIServer.Reply.head(status: 200, contentType: "text/event-stream", contentLength: nil)
        fixture.server.enqueue(FakeOpenAIServer.Reply(steps: [.write(head + Data("data: {\"choices\": [\n\n".utf8))]))
        let error = await llmError { try await fixture.client.stream(simpleRequest) { _ in } }
        #expect(error == .malformedResponse("a stream event is not JSON"))
    }

    @Test(
        "finish_reason length, or none at all, is a failure",
        arguments: [("length", false), (nil, false), ("length", true), (nil, true)])
    func unfinished(reason: String?, streamed: Bool) async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(
            streamed ? .stream(["{\"a\": "], finishReason: reason) : .completion("{\"a\": ", finishReason: reason))
        let error = await llmError {
            streamed
                ? try await fixture.client.stream(simpleRequest) { _ in }
                : try await fixture.client.complete(simpleRequest)
        }
        #expect(error == .unfinished(finishReason: reason))
        #expect(error?.description.contains(reason == "length" ? "token limit" : "finish_reason missing") == true)
        #expect(fixture.chatRequests.count == 1)
    }

    @Test("429 with Retry-After waits as long as the server asks, then succeeds")
    func rateLimitedThenSuccess() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(
            .status(
                429, body: #"{"error":{"message":"slow down"}}"#, contentType: "application/json",
                headers: ["Retry-After": "2"]),
            .completion("ok"))
        let completion = try await fixture.client.complete(simpleRequest)
        #expect(completion.content == "ok")
        #expect(fixture.recordedWaits == [.seconds(2)])
        #expect(fixture.meter.snapshot["test"]?.requests == 2)
        #expect(fixture.meter.snapshot["test"]?.failedRequests == 1)
    }

    @Test("429 on every attempt gives up after the retries and says so")
    func rateLimitedAlways() async throws {
        let fixture = try ClientFixture(
            breaker: .disabled(), responder: { _ in .status(429, body: "busy", headers: ["Retry-After": "1"]) })
        let error = await llmError { try await fixture.client.complete(simpleRequest) }
        #expect(error == .rateLimited(endpoint: fixture.server.baseURL.absoluteString, attempts: 4))
        #expect(error?.description.contains("--offline") == true)
        #expect(fixture.recordedWaits == [.seconds(1), .seconds(1), .seconds(1)])
        #expect(fixture.chatRequests.count == 4)
    }

    @Test("500 with a plain-text body is retried with growing waits, then reported with the server's text")
    func serverErrorPlainText() async throws {
        let fixture = try ClientFixture(
            breaker: .disabled(), responder: { _ in .status(500, body: "Internal Server Error: llama_decode failed") })
        let error = await llmError { try await fixture.client.complete(simpleRequest) }
        #expect(
            error
                == .httpStatus(
                    endpoint: fixture.server.baseURL.absoluteString, status: 500,
                    message: "Internal Server Error: llama_decode failed"))
        #expect(fixture.chatRequests.count == 4)
        // random() is 0.5: three quarters of 0.5 s, 1 s, 2 s.
        #expect(fixture.recordedWaits == [.milliseconds(375), .milliseconds(750), .milliseconds(1500)])
    }

    @Test("a 500 then a good answer: the caller sees only the answer")
    func transientServerError() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(.status(503, body: "warming up"), .completion("fine"))
        #expect(try await fixture.client.complete(simpleRequest).content == "fine")
        #expect(fixture.chatRequests.count == 2)
    }

    @Test("a stall mid-stream ends exactly at the idle timeout, and text already shown is not sent again")
    func stallMidStream() async throws {
        let fixture = try ClientFixture(idleTimeout: .milliseconds(300))
        fixture.server.enqueue(.stallingStream(["Hello", " there"], stall: .seconds(3_600)))
        let pieces = Mutex<[String]>([])
        async let error = llmError {
            try await fixture.client.stream(simpleRequest) { piece in pieces.withLock { $0.append(piece) } }
        }
        try await poll { pieces.withLock { $0.count } == 2 && fixture.clock.sleeperCount == 1 }
        #expect(fixture.clock.nextWake == .milliseconds(300), "the watchdog wakes at the idle timeout")
        fixture.clock.advance(by: .milliseconds(299))
        #expect(fixture.clock.sleeperCount == 1, "1 ms before the idle timeout nothing has fired")
        fixture.clock.advance(by: .milliseconds(1))
        #expect(await error == .idleTimeout(seconds: 0.3))
        #expect(pieces.withLock { $0 } == ["Hello", " there"])
        #expect(fixture.chatRequests.count == 1)
    }

    @Test(
        "without the circuit breaker, a first byte slower than the idle timeout is retried; one within it is waited for"
    )
    func slowFirstByte() async throws {
        let fixture = try ClientFixture(idleTimeout: .milliseconds(300), breaker: .disabled())
        let gate = FakeOpenAIServer.Gate()
        fixture.server.enqueue(.silent, .completion("on time").after(gate))
        async let completion = fixture.client.complete(simpleRequest)
        try await poll { fixture.chatRequests.count == 1 && fixture.clock.sleeperCount == 1 }
        fixture.clock.advance(by: .milliseconds(300))
        try await poll { fixture.chatRequests.count == 2 && fixture.clock.sleeperCount == 1 }
        #expect(fixture.clock.nextWake == .milliseconds(600), "the retry has an idle timeout of its own")
        fixture.clock.advance(by: .milliseconds(299))
        gate.open()
        #expect(try await completion.content == "on time")
        #expect(fixture.chatRequests.count == 2)
        #expect(fixture.recordedWaits.count == 1)
    }

    @Test("the overall deadline ends a call whose bytes keep the idle timeout away, exactly at the deadline")
    func deadline() async throws {
        let fixture = try ClientFixture(idleTimeout: .milliseconds(300), deadline: .seconds(1))
        let gate = FakeOpenAIServer.Gate()
        fixture.server.enqueue(.stream(Array(repeating: "a", count: 10), gate: gate))
        let received = Counter()
        async let error = llmError { try await fixture.client.stream(simpleRequest) { _ in received.add() } }
        try await poll { fixture.chatRequests.count == 1 && fixture.clock.sleeperCount == 1 }
        // A piece every 0.25 s: never 0.3 s without a byte.
        for piece in 1...3 {
            fixture.clock.advance(by: .milliseconds(250))
            gate.open()
            try await poll { received.value == piece }
        }
        fixture.clock.advance(by: .milliseconds(249))
        try await poll { fixture.clock.nextWake == .seconds(1) }
        #expect(received.value == 3, "alive at 0.999 s, 0.249 s after its last byte")
        fixture.clock.advance(by: .milliseconds(1))
        #expect(await error == .deadlineExceeded(seconds: 1))
        #expect(fixture.chatRequests.count == 1)
    }

    @Test("an empty 200 body is reported as such and not retried")
    func emptyBody() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(.status(200, body: "", contentType: "text/event-stream"))
        let error = await llmError { try await fixture.client.stream(simpleRequest) { _ in } }
        #expect(error == .emptyResponse(endpoint: fixture.server.baseURL.absoluteString))
        #expect(error?.description.contains("context") == true)
        #expect(fixture.chatRequests.count == 1)
    }

    @Test("a server down is unreachable, with what to do")
    func unreachable() async throws {
        let fixture = try ClientFixture(breaker: .disabled())
        fixture.server.stop()
        let error = await llmError { try await fixture.client.complete(simpleRequest) }
        guard case .unreachable = error else {
            Issue.record("expected unreachable, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("CHATTUTOR_LLM_BASE_URL") == true)
        #expect(fixture.recordedWaits.count == 3)
    }

    @Test("401 names the key variable and never shows the key")
    func unauthorized() async throws {
        let fixture = try ClientFixture(apiKey: "sk-secret-123")
        fixture.server.enqueue(
            .status(401, body: #"{"error":{"message":"bad key sk-secret-123"}}"#, contentType: "application/json"))
        let error = await llmError { try await fixture.client.complete(simpleRequest) }
        #expect(error == .unauthorized(endpoint: fixture.server.baseURL.absoluteString, status: 401))
        #expect(error?.description.contains("sk-secret") == false)
        #expect(fixture.chatRequests.first?.headers["authorization"] == "Bearer sk-secret-123")
        #expect("\(fixture.client.endpoint)".contains("sk-secret") == false)
        #expect(String(reflecting: fixture.client.endpoint).contains("sk-secret") == false)
    }

    @Test("cancelling the task stops a stream at once")
    func cancellation() async throws {
        let fixture = try ClientFixture()
        let gate = FakeOpenAIServer.Gate()
        fixture.server.enqueue(.stream(Array(repeating: "word ", count: 200), gate: gate))
        gate.open()
        let firstPiece = AsyncStream.makeStream(of: Void.self)
        let received = Counter()
        let task = Task {
            await llmError {
                try await fixture.client.stream(simpleRequest) { _ in
                    received.add()
                    firstPiece.continuation.yield()
                }
            }
        }
        for await _ in firstPiece.stream { break }
        task.cancel()
        #expect(await task.value == .cancelled)
        #expect(received.value == 1, "the server sent one piece; the call ended without waiting for more")
    }

    @Test("no more requests run at once than the limit")
    func concurrencyLimit() async throws {
        let gate = FakeOpenAIServer.Gate()
        let fixture = try ClientFixture(concurrency: 2, responder: { _ in .completion("x").after(gate) })
        try await withThrowingTaskGroup(of: ChatCompletion.self) { group in
            for _ in 0..<6 { group.addTask { try await fixture.client.complete(simpleRequest) } }
            // Two requests held at the server, four waiting in the client.
            try await poll { fixture.chatRequests.count == 2 }
            gate.open(6)
            try await group.waitForAll()
        }
        #expect(await fixture.client.limiter.highWater == 2)
        #expect(fixture.chatRequests.count == 6)
    }
}
