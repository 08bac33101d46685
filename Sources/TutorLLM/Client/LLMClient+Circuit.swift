// The client's side of the circuit breaker: attempts and waits it can abort, and the probe.

import Foundation

extension LLMClient {
    /// One attempt, aborted if the circuit opens while it runs (another request timed out,
    /// say): then it fails with `LLMError.offline` instead of waiting for its own timeout.
    func attempt(
        _ request: TransportRequest, deadline: Duration, streaming: Bool, onDelta: (@Sendable (String) -> Void)?
    ) async throws(AttemptFailure) -> RawResponse {
        let response: RawResponse?
        do {
            response = try await untilCircuitOpens {
                try await self.send(request, deadline: deadline, streaming: streaming, onDelta: onDelta)
            }
        } catch let failure as AttemptFailure {
            throw failure
        } catch {
            throw AttemptFailure(error: .cancelled)
        }
        guard let response else {
            throw AttemptFailure(
                error: .offline(
                    reason: breaker.openReason ?? "the circuit opened", probeSeconds: Self.seconds(breaker.coolDown)))
        }
        return response
    }

    /// Runs `work` in a task of its own that is cancelled when the circuit opens (or when the
    /// caller is cancelled); nil when the circuit opened before or during it.
    func untilCircuitOpens<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T? {
        let task = Task { try await work() }
        guard let registration = breaker.register(abort: { task.cancel() }) else {
            task.cancel()
            return nil
        }
        defer { breaker.unregister(registration) }
        let result = await withTaskCancellationHandler {
            await task.result
        } onCancel: {
            task.cancel()
        }
        if Task.isCancelled { throw CancellationError() }
        // Cancelled, but not by the caller: by the breaker.
        if task.isCancelled { return nil }
        return try result.get()
    }

    /// Sends the probe in the background; its answer closes the circuit or keeps it open.
    func startProbe() {
        let breaker = breaker
        Task.detached { [self] in
            breaker.probeFinished(failure: await probe())
        }
    }

    /// One tiny completion outside the meter and the limits: nil when the server answered
    /// it (whatever the model said), else what went wrong.
    private func probe() async -> String? {
        let wire = WireRequest(
            model: endpoint.model, messages: [.user("Say OK.")], stream: false, maxTokens: 1, temperature: 0,
            responseFormat: nil)
        guard let body = try? JSONEncoder().encode(wire) else { return "the probe could not be encoded" }
        do {
            let response = try await send(
                makeRequest(path: "chat/completions", body: body), deadline: clock.now() + endpoint.deadline,
                streaming: false, onDelta: nil)
            guard response.status == 200 else { return statusError(response, format: nil).error.brief }
            guard let completion = try? JSONDecoder().decode(WireCompletion.self, from: response.body),
                completion.choices?.isEmpty == false
            else {
                return "a malformed answer"
            }
            return nil
        } catch {
            return error.error.brief
        }
    }
}
