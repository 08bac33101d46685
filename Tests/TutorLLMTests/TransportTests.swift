// Both transports against the fake server (URLSession for https, a socket for local http),
// and the incremental parsers under every split of their input.

import Foundation
import Synchronization
import Testing
import TutorTestSupport

@_spi(Fuzzing) @testable import TutorLLM

@Suite("Transports", .timeLimit(.minutes(5)))
struct TransportTests {
    @Test(
        "both transports: whole and streamed answers, keep-alive comments",
        arguments: LLMClient.TransportChoice.allCases)
    func answers(transport: LLMClient.TransportChoice) async throws {
        let fixture = try ClientFixture(transport: transport)
        fixture.server.enqueue(.completion("Hello!", usage: (5, 2)), .stream(["a", "b", "c"], pingEvery: 1))
        #expect(try await fixture.client.complete(simpleRequest).content == "Hello!")
        #expect(try await fixture.client.stream(simpleRequest) { _ in }.content == "abc")
    }

    @Test(
        "both transports: a stall mid-stream times out, a slow first byte is retried, an empty body is reported",
        arguments: LLMClient.TransportChoice.allCases)
    func failures(transport: LLMClient.TransportChoice) async throws {
        // The breaker would go offline at the first timeout; here the transports are tested.
        let fixture = try ClientFixture(idleTimeout: .milliseconds(300), transport: transport, breaker: .disabled())
        fixture.server.enqueue(
            .stallingStream(["Hi"], stall: .seconds(3_600)),
            .silent, .completion("on time"),
            .status(200, body: "", contentType: "application/json"),
            .status(500, body: "boom"), .completion("after 500"))
        async let stalled = llmError { try await fixture.client.stream(simpleRequest) { _ in } }
        try await poll { fixture.chatRequests.count == 1 && fixture.clock.sleeperCount == 1 }
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

    @Test("both transports: cancelling stops the stream", arguments: LLMClient.TransportChoice.allCases)
    func cancellation(transport: LLMClient.TransportChoice) async throws {
        let fixture = try ClientFixture(transport: transport)
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

    @Test("the response parser gives the same head and body for every split: length, chunked, until close")
    func responseParser() throws {
        let responses = [
            "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\nhello world",
        ]
        for response in responses {
            let bytes = Array(response.utf8)
            for split in 1..<bytes.count {
                var parser = HTTPResponseParser()
                var events = try parser.feed(bytes[0..<split]) + parser.feed(bytes[split...])
                if !parser.isComplete { events += try parser.finish() }
                var status = 0
                var body = Data()
                for event in events {
                    switch event {
                    case .head(let code, _): status = code
                    case .body(let data): body += data
                    }
                }
                #expect(
                    status == 200 && String(decoding: body, as: UTF8.self) == "hello world",
                    "split at \(split) of \(response.prefix(40))")
            }
        }
    }

    @Test("a body cut short before its length is a lost connection")
    func truncatedBody() throws {
        var parser = HTTPResponseParser()
        _ = try parser.feed(Array("HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\nshort".utf8))
        #expect(throws: URLError.self) { try parser.finish() }
    }

    @Test("the response parser refuses a head, a chunk-size line or trailers over their limits, and too many headers")
    func responseLimits() throws {
        let huge = String(repeating: "x", count: HTTPResponseParser.maximumHeadByteCount)
        let cases: [(String, HTTPResponseError)] = [
            (
                "HTTP/1.1 200 OK\r\nX-Filler: \(huge)\r\n\r\n",
                .tooLarge(.head, limit: HTTPResponseParser.maximumHeadByteCount)
            ),
            ("HTTP/1.1 200 OK\r\nX-Filler: \(huge)", .tooLarge(.head, limit: HTTPResponseParser.maximumHeadByteCount)),
            (
                "HTTP/1.1 200 OK\r\n" + (0...HTTPResponseParser.maximumHeaderCount).map { "X-\($0): 1\r\n" }.joined()
                    + "\r\n",
                .tooManyHeaders(limit: HTTPResponseParser.maximumHeaderCount)
            ),
            (
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + String(repeating: "0", count: 5_000),
                .tooLarge(.chunkSize, limit: HTTPResponseParser.maximumLineByteCount)
            ),
            (
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n"
                    + String(repeating: "X-Trailer: 1\r\n", count: 5_000),
                .tooLarge(.trailer, limit: HTTPResponseParser.maximumHeadByteCount)
            ),
        ]
        for (response, expected) in cases {
            var parser = HTTPResponseParser()
            #expect(throws: expected, "\(response.prefix(40))") { _ = try parser.feed(Array(response.utf8)) }
        }
    }

    @Test("a head sent a byte at a time is found once, at its end, and the body follows")
    func headByteAtATime() throws {
        let head =
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
            + (1...90).map { "X-Header-\($0): \(String(repeating: "v", count: 500))\r\n" }.joined() + "\r\n"
        var parser = HTTPResponseParser()
        var events: [HTTPEvent] = []
        for byte in Array((head + "ok").utf8) { events += try parser.feed(CollectionOfOne(byte)) }
        #expect(events.count == 3)
        if case .head(let status, let headers) = events.first {
            #expect(status == 200 && headers.count == 91)
        } else {
            Issue.record("no head first")
        }
        #expect(parser.isComplete)
    }

    @Test(
        "both transports: a streamed answer that adds up to more than the cap fails as malformed",
        arguments: LLMClient.TransportChoice.allCases)
    func streamedAnswerCap(transport: LLMClient.TransportChoice) async throws {
        let fixture = try ClientFixture(transport: transport, breaker: .disabled())
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
