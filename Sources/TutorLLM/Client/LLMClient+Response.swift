// One attempt: send the request, read the answer as it streams in, and judge it.

import Foundation

extension LLMClient {
    /// What came back for one attempt.
    struct RawResponse {
        var status: Int
        var headers: [String: String]
        /// The body, when it was not an event stream (capped).
        var body = Data()
        var stream = StreamedAnswer()
    }

    /// An answer assembled from stream events.
    struct StreamedAnswer {
        var content = ""
        var finishReason: String?
        var usage: TokenUsage?
        var eventCount = 0
        /// Why the stream could not be read, if it could not.
        var malformed: String?
    }

    /// The most body a response may have, and the most text a streamed answer may add up to:
    /// answers are short JSON documents or a few sentences.
    static let maximumBodyByteCount = 4 * 1024 * 1024

    /// Sends one request and reads its response. Stream events are parsed as they arrive
    /// and their text passed to `onDelta`.
    func send(
        _ request: TransportRequest, deadline: Duration, streaming: Bool, onDelta: (@Sendable (String) -> Void)?
    ) async throws(AttemptFailure) -> RawResponse {
        var response: RawResponse?
        var parser = SSEParser()
        var delivered = false
        do {
            for try await event in transport.open(request, idleTimeout: endpoint.idleTimeout, deadline: deadline) {
                switch event {
                case .head(let status, let headers):
                    response = RawResponse(status: status, headers: headers)
                case .body(let data):
                    guard var current = response else { continue }
                    if streaming, current.status == 200 {
                        for payload in parser.feed(data) {
                            delivered = Self.take(payload, into: &current.stream, onDelta: onDelta) || delivered
                        }
                        // Each event is bounded by the SSE parser; the answer they add up to, here.
                        if current.stream.content.utf8.count > Self.maximumBodyByteCount {
                            throw AttemptFailure(
                                error: .malformedResponse(
                                    "the streamed answer is larger than \(Self.maximumBodyByteCount / 1_048_576) MB"))
                        }
                    }
                    if current.stream.eventCount == 0 {
                        current.body.append(data)
                        if current.body.count > Self.maximumBodyByteCount {
                            throw AttemptFailure(
                                error: .malformedResponse(
                                    "the answer is larger than \(Self.maximumBodyByteCount / 1_048_576) MB"))
                        }
                    }
                    response = current
                }
            }
            if streaming, var current = response, let last = parser.finish() {
                _ = Self.take(last, into: &current.stream, onDelta: onDelta)
                response = current
            }
        } catch let failure as AttemptFailure {
            throw failure
        } catch TransportTimeout.idle {
            throw AttemptFailure(
                error: .idleTimeout(seconds: Self.seconds(endpoint.idleTimeout)), retryable: !delivered)
        } catch TransportTimeout.deadline {
            throw AttemptFailure(error: .deadlineExceeded(seconds: Self.seconds(endpoint.deadline)))
        } catch {
            if Task.isCancelled { throw AttemptFailure(error: .cancelled) }
            throw AttemptFailure(
                error: .unreachable(endpoint: endpoint.displayURL, reason: Self.networkReason(error)),
                retryable: !delivered)
        }
        if Task.isCancelled { throw AttemptFailure(error: .cancelled) }
        guard let response else {
            throw AttemptFailure(
                error: .unreachable(endpoint: endpoint.displayURL, reason: "no response"), retryable: true)
        }
        return response
    }

    /// Adds one stream event to the answer; true when it delivered text.
    private static func take(
        _ payload: String, into answer: inout StreamedAnswer, onDelta: (@Sendable (String) -> Void)?
    ) -> Bool {
        guard answer.malformed == nil else { return false }
        let trimmed = payload.trimmingCharacters(in: .whitespaces)
        if trimmed == "[DONE]" { return false }
        answer.eventCount += 1
        guard let chunk = try? JSONDecoder().decode(WireCompletion.self, from: Data(trimmed.utf8)) else {
            answer.malformed = "a stream event is not JSON"
            return false
        }
        if let error = chunk.error {
            answer.malformed = "the server reported an error mid-stream: \(LLMError.excerpt(error.message ?? ""))"
            return false
        }
        if let usage = chunk.usage { answer.usage = usage.tokenUsage }
        guard let choice = chunk.choices?.first else { return false }
        if let reason = choice.finishReason { answer.finishReason = reason }
        guard let text = choice.delta?.content ?? choice.message?.content, !text.isEmpty else { return false }
        answer.content += text
        onDelta?(text)
        return true
    }

    /// Judges a response: a finished answer, or why not and whether to try again.
    func interpret(_ response: RawResponse, request: ChatRequest, format: StructuredOutputMode?) -> Result<
        ChatCompletion, AttemptFailure
    > {
        guard response.status == 200 else { return .failure(statusError(response, format: format)) }
        var content: String
        var finishReason: String?
        var usage: TokenUsage?
        if response.stream.eventCount > 0 {
            if let malformed = response.stream.malformed {
                return .failure(AttemptFailure(error: .malformedResponse(malformed)))
            }
            content = response.stream.content
            finishReason = response.stream.finishReason
            usage = response.stream.usage
        } else {
            if response.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                return .failure(AttemptFailure(error: .emptyResponse(endpoint: endpoint.displayURL)))
            }
            guard let decoded = try? JSONDecoder().decode(WireCompletion.self, from: response.body) else {
                return .failure(AttemptFailure(error: .malformedResponse("the body is not JSON")))
            }
            if let error = decoded.error {
                return .failure(
                    AttemptFailure(
                        error: .httpStatus(
                            endpoint: endpoint.displayURL, status: 200, message: LLMError.excerpt(error.message ?? "")))
                )
            }
            guard let choice = decoded.choices?.first else {
                return .failure(AttemptFailure(error: .malformedResponse("the answer has no choices")))
            }
            content = choice.message?.content ?? choice.delta?.content ?? ""
            finishReason = choice.finishReason
            usage = decoded.usage?.tokenUsage
        }
        guard finishReason == "stop" else {
            return .failure(AttemptFailure(error: .unfinished(finishReason: finishReason)))
        }
        let counted =
            usage.flatMap { $0.totalTokens > 0 ? $0 : nil }
            ?? TokenUsage.estimate(promptCharacters: request.characterCount, completion: content)
        return .success(ChatCompletion(content: content, finishReason: "stop", usage: counted, format: format))
    }

    /// The failure an HTTP error status stands for.
    func statusError(_ response: RawResponse, format: StructuredOutputMode?) -> AttemptFailure {
        let message = WireErrorBody.message(in: response.body)
        let status = response.status
        let retryAfter = RetryPolicy.parseRetryAfter(response.headers["retry-after"])
        let strictFormat = format == .jsonSchema || format == .jsonObject
        switch status {
        case 401, 403:
            return AttemptFailure(error: .unauthorized(endpoint: endpoint.displayURL, status: status))
        case 404:
            return AttemptFailure(error: .notFound(endpoint: endpoint.displayURL, model: endpoint.model))
        case 429:
            return AttemptFailure(
                error: .rateLimited(endpoint: endpoint.displayURL, attempts: 1), retryable: true, retryAfter: retryAfter
            )
        case 400, 422:
            // OpenAI answers 400 to a model without json_schema support.
            return AttemptFailure(
                error: .httpStatus(endpoint: endpoint.displayURL, status: status, message: message),
                formatRefused: strictFormat)
        case 500...599:
            // llama.cpp's server answers 500 to the json_schema form.
            return AttemptFailure(
                error: .httpStatus(endpoint: endpoint.displayURL, status: status, message: message), retryable: true,
                retryAfter: retryAfter, formatRefused: strictFormat && (status == 500 || status == 501))
        default:
            return AttemptFailure(error: .httpStatus(endpoint: endpoint.displayURL, status: status, message: message))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    /// A network error in words, without the URL (the message names the endpoint already).
    private static func networkReason(_ error: any Error) -> String {
        (error as? TransportFailure)?.reason ?? LLMError.excerpt("\(error)")
    }
}
