// Ready-made replies of the fake OpenAI server: completions, streams and failures.

import Foundation

extension FakeOpenAIServer.Reply {
    /// A response head; without a length the body ends when the connection closes.
    public static func head(status: Int, contentType: String, contentLength: Int?, extraHeaders: [String: String] = [:])
        -> Data
    {
        var lines = [
            "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Status")", "Content-Type: \(contentType)",
            "Connection: close",
        ]
        if let contentLength { lines.append("Content-Length: \(contentLength)") }
        lines += extraHeaders.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    /// A status with a body, such as a 500 with plain text or a 429 with `Retry-After`.
    public static func status(
        _ status: Int, body: String, contentType: String = "text/plain", headers: [String: String] = [:],
        after latency: Duration = .zero
    ) -> Self {
        let data = Data(body.utf8)
        return Self(steps: [
            .pause(latency),
            .write(
                head(status: status, contentType: contentType, contentLength: data.count, extraHeaders: headers) + data),
        ])
    }

    /// A whole chat completion whose message is `content`.
    public static func completion(
        _ content: String, finishReason: String? = "stop", usage: (prompt: Int, completion: Int)? = (20, 10),
        after latency: Duration = .zero
    ) -> Self {
        var body: [String: Any] = [
            "id": "chatcmpl-fake", "object": "chat.completion", "model": "fake",
            "choices": [
                [
                    "index": 0, "message": ["role": "assistant", "content": content],
                    "finish_reason": finishReason.map { $0 as Any } ?? NSNull(),
                ]
            ],
        ]
        if let usage {
            body["usage"] = [
                "prompt_tokens": usage.prompt, "completion_tokens": usage.completion,
                "total_tokens": usage.prompt + usage.completion,
            ]
        }
        return status(200, body: json(body), contentType: "application/json", after: latency)
    }

    /// A streamed completion: one event per piece, then the finish reason and `[DONE]`.
    /// `pingEvery` puts a `: ping` comment before every that many events; with a `gate`, each
    /// piece waits for the test to let it through.
    public static func stream(
        _ pieces: [String], finishReason: String? = "stop", pingEvery: Int? = nil, between: Duration = .zero,
        firstByteAfter: Duration = .zero, done: Bool = true, gate: FakeOpenAIServer.Gate? = nil
    ) -> Self {
        var steps: [FakeOpenAIServer.Step] = [
            .pause(firstByteAfter), .write(head(status: 200, contentType: "text/event-stream", contentLength: nil)),
        ]
        for (index, piece) in pieces.enumerated() {
            if let gate { steps.append(.pass(gate)) }
            if let pingEvery, index % pingEvery == 0 {
                steps.append(.write(Data(": ping - 2026-11-25 20:00:00\r\n\r\n".utf8)))
            }
            steps.append(
                .write(event(["choices": [["index": 0, "delta": ["content": piece], "finish_reason": NSNull()]]])))
            if between > .zero { steps.append(.pause(between)) }
        }
        if let finishReason {
            steps.append(
                .write(event(["choices": [["index": 0, "delta": [String: Any](), "finish_reason": finishReason]]])))
        }
        if done { steps.append(.write(Data("data: [DONE]\n\n".utf8))) }
        return Self(steps: steps)
    }

    /// Accepts the request and never answers (until the server stops).
    public static var silent: Self { Self(steps: [.pause(.seconds(3_600))]) }

    /// This reply, held back until the test lets it through `gate`.
    public func after(_ gate: FakeOpenAIServer.Gate) -> Self {
        Self(steps: [.pass(gate)] + steps)
    }

    /// A stream that sends `pieces`, then goes silent for `stall` without closing.
    public static func stallingStream(_ pieces: [String], stall: Duration) -> Self {
        var reply = stream(pieces, finishReason: nil, done: false)
        reply.steps.append(.pause(stall))
        return reply
    }

    /// One `data:` event.
    public static func event(_ object: [String: Any]) -> Data {
        Data("data: \(json(object))\n\n".utf8)
    }

    public static func json(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
