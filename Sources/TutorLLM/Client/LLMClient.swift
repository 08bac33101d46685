// The OpenAI Chat Completions client: streamed or whole answers, retried, limited, counted.

import Foundation

/// Talks to one OpenAI-compatible endpoint. Every call is retried on 429, 5xx and network
/// errors (honouring `Retry-After`), bounded by the endpoint's idle timeout and overall
/// deadline, limited to `maximumConcurrentRequests` at once, cancelled with its task, and
/// counted in `meter`. An answer that stops for any reason but `stop` is a failure. A server
/// that keeps failing or times out opens `breaker`: then every call fails at once with
/// `LLMError.offline`, so the stages fall back without waiting, until a probe finds it back.
/// Deadlines and idle timeouts are measured on an injected clock, so tests move time instead
/// of depending on how fast the machine is.
public final class LLMClient: Sendable {
    public let endpoint: LLMEndpoint
    public let meter: LLMUsageMeter
    let retryPolicy: RetryPolicy
    let formats: StructuredOutputMemory
    let limiter: ConcurrencyLimiter
    let transport: any HTTPTransport
    /// Shared by every call of this client: one endpoint, one judgement of its health.
    public let breaker: CircuitBreaker
    /// The time that deadlines, idle timeouts and request durations are measured in.
    let clock: RequestClock

    /// A client of `endpoint`. `clock` times its deadlines and idle timeouts (a test passes
    /// one it moves itself); without a `breaker`, the client gets one on the same clock.
    public convenience init(
        endpoint: LLMEndpoint, meter: LLMUsageMeter = LLMUsageMeter(), retryPolicy: RetryPolicy = RetryPolicy(),
        formats: StructuredOutputMemory = .shared, breaker: CircuitBreaker? = nil,
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.init(
            endpoint: endpoint, meter: meter, retryPolicy: retryPolicy, formats: formats, breaker: breaker,
            clock: clock, transport: { AsyncHTTPClientTransport(clock: $0) })
    }

    /// The same, with the transport `transport` makes on the client's clock (a test's TLS settings).
    init(
        endpoint: LLMEndpoint, meter: LLMUsageMeter = LLMUsageMeter(), retryPolicy: RetryPolicy = RetryPolicy(),
        formats: StructuredOutputMemory = .shared, breaker: CircuitBreaker? = nil,
        clock: any Clock<Duration> = ContinuousClock(), transport: (RequestClock) -> any HTTPTransport
    ) {
        let requestClock = RequestClock(clock)
        self.endpoint = endpoint
        self.meter = meter
        self.breaker = breaker ?? CircuitBreaker(clock: clock)
        self.retryPolicy = retryPolicy
        self.formats = formats
        self.clock = requestClock
        self.limiter = ConcurrencyLimiter(limit: endpoint.maximumConcurrentRequests)
        self.transport = transport(requestClock)
    }

    deinit { transport.invalidate() }

    /// The whole answer at once.
    public func complete(_ request: ChatRequest) async throws(LLMError) -> ChatCompletion {
        try await perform(request, streaming: false, onDelta: nil)
    }

    /// The answer streamed: `onDelta` gets each piece of text as it arrives. Once a piece has
    /// been delivered the request is not retried (the caller would see text twice).
    public func stream(_ request: ChatRequest, onDelta: @escaping @Sendable (String) -> Void) async throws(LLMError)
        -> ChatCompletion
    {
        try await perform(request, streaming: true, onDelta: onDelta)
    }

    /// The models the server lists (`GET /models`).
    public func listModels() async throws(LLMError) -> [String] {
        struct Models: Decodable {
            struct Model: Decodable { var id: String }
            var data: [Model]
        }
        let response: RawResponse
        do {
            response = try await send(
                makeRequest(path: "models", body: nil), deadline: clock.now() + endpoint.deadline, streaming: false,
                onDelta: nil)
        } catch {
            throw error.error
        }
        guard response.status == 200 else { throw statusError(response, format: nil).error }
        guard let models = try? JSONDecoder().decode(Models.self, from: response.body) else {
            throw .malformedResponse("GET /models is not a list of models")
        }
        return models.data.map(\.id)
    }

    // MARK: - One call: attempts, format fallback, retries

    private func perform(_ request: ChatRequest, streaming: Bool, onDelta: (@Sendable (String) -> Void)?)
        async throws(LLMError) -> ChatCompletion
    {
        let deadline = clock.now() + endpoint.deadline
        let formatKey = endpoint.displayURL + " " + endpoint.model
        var format = request.schema == nil ? nil : formats.mode(for: formatKey)
        var retries = 0
        var lastFailure: AttemptFailure?
        while true {
            if Task.isCancelled { throw .cancelled }
            try admit(after: lastFailure, attempts: retries + 1)
            let started = clock.now()
            let outcome: Result<ChatCompletion, AttemptFailure>
            do {
                try await limiter.acquire()
            } catch {
                throw .cancelled
            }
            // Another request may have learned, while this one waited, that the server refuses this form.
            format = format.map { $0.looser(formats.mode(for: formatKey)) }
            do {
                let body = try wireBody(request, format: format, streaming: streaming)
                let response = try await attempt(
                    makeRequest(path: "chat/completions", body: body), deadline: deadline, streaming: streaming,
                    onDelta: onDelta)
                outcome = interpret(response, request: request, format: format)
            } catch let failure {
                outcome = .failure(failure)
            }
            await limiter.release()
            switch outcome {
            case .success(let completion):
                breaker.recordSuccess()
                meter.record(
                    stage: request.stage, usage: completion.usage, duration: clock.now() - started, failed: false)
                if let format { formats.remember(format, for: formatKey) }
                return completion
            case .failure(let failure):
                meter.record(stage: request.stage, usage: nil, duration: clock.now() - started, failed: true)
                // Aborted in flight: another request opened the circuit.
                if case .offline = failure.error { throw failure.error }
                if failure.countsAgainstServer {
                    breaker.recordFailure(failure.error.brief, isTimeout: failure.isTimeout)
                }
                lastFailure = failure
                if failure.formatRefused, let refused = format, let looser = refused.fallback {
                    formats.refused(refused, for: formatKey)
                    format = looser
                    continue
                }
                guard failure.retryable, retries < retryPolicy.maximumRetries else {
                    throw finalError(failure, attempts: retries + 1)
                }
                let delay = retryPolicy.delay(beforeRetry: retries + 1, retryAfter: failure.retryAfter)
                guard clock.now() + delay < deadline else { throw finalError(failure, attempts: retries + 1) }
                retries += 1
                let sleep = retryPolicy.sleep ?? clock.sleep
                let slept: Void?
                do {
                    slept = try await untilCircuitOpens { try await sleep(delay) }
                } catch {
                    throw .cancelled
                }
                // The circuit opened while this call waited: no more attempts.
                guard slept != nil else { throw finalError(failure, attempts: retries) }
            }
        }
    }

    /// Lets an attempt go to the server, or throws: `LLMError.offline` while the circuit is
    /// open, or, when an attempt of this call already failed, that failure. The first call
    /// after the cool-down starts the probe.
    private func admit(after lastFailure: AttemptFailure?, attempts: Int) throws(LLMError) {
        guard case .refused(let reason, let startProbe) = breaker.admit() else { return }
        if startProbe { self.startProbe() }
        if let lastFailure { throw finalError(lastFailure, attempts: attempts - 1) }
        throw .offline(reason: reason, probeSeconds: Self.seconds(breaker.coolDown))
    }

    /// The error a caller sees when no attempt is left: a 429 says how often it was tried.
    private func finalError(_ failure: AttemptFailure, attempts: Int) -> LLMError {
        if case .rateLimited = failure.error { return .rateLimited(endpoint: endpoint.displayURL, attempts: attempts) }
        return failure.error
    }

    /// Why one attempt failed, and whether another may succeed.
    struct AttemptFailure: Error {
        var error: LLMError
        var retryable = false
        var retryAfter: Duration?
        /// The server refused the structured-output form (a looser one may work).
        var formatRefused = false

        /// The failure says the server is in trouble (down, overloaded, broken), not that
        /// this one request or its answer was wrong; only these count towards the breaker.
        var countsAgainstServer: Bool {
            guard !formatRefused else { return false }
            switch error {
            case .unreachable, .unauthorized, .notFound, .rateLimited, .idleTimeout, .deadlineExceeded, .emptyResponse,
                .malformedResponse:
                return true
            case .httpStatus(_, let status, _):
                return status >= 500 || status == 408
            case .unfinished, .invalidAnswer, .cancelled, .offline:
                return false
            }
        }

        /// A timeout: one is enough to open the circuit, since each costs a whole timeout.
        var isTimeout: Bool {
            switch error {
            case .idleTimeout, .deadlineExceeded: true
            default: false
            }
        }
    }

    private func wireBody(_ request: ChatRequest, format: StructuredOutputMode?, streaming: Bool) throws(AttemptFailure)
        -> Data
    {
        var messages = request.messages
        if let schema = request.schema, format == .plain {
            messages.append(
                .system(
                    "Answer with one JSON object and nothing else. It must follow this JSON Schema:\n\(schema.compactText)"
                ))
        }
        let wire = WireRequest(
            model: endpoint.model, messages: messages, stream: streaming, maxTokens: request.maximumTokens,
            temperature: request.temperature,
            responseFormat: request.schema.flatMap { format?.responseFormat(schema: $0, name: request.schemaName) })
        do {
            return try JSONEncoder().encode(wire)
        } catch {
            throw AttemptFailure(error: .malformedResponse("the request could not be encoded: \(error)"))
        }
    }

    func makeRequest(path: String, body: Data?) -> TransportRequest {
        var headers = [
            (name: "Content-Type", value: "application/json"),
            (name: "Accept", value: body == nil ? "application/json" : "application/json, text/event-stream"),
        ]
        if let key = endpoint.apiKey { headers.append((name: "Authorization", value: "Bearer \(key)")) }
        return TransportRequest(
            method: body == nil ? "GET" : "POST", url: endpoint.url(path), headers: headers, body: body)
    }
}
