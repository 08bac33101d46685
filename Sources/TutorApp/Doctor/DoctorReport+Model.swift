// `doctor`'s model check: the settings, the endpoint's model list, and one structured-output request.

import TutorLLM

extension DoctorReport {
    /// The model settings load; with an endpoint and `contact`, it lists its models and
    /// answers a structured-output request (one attempt each, no retries, no breaker).
    public mutating func checkModel(_ environment: [String: String], contact: Bool) async {
        let settings: LLMSettings
        do {
            settings = try LLMSettings.load(environment: environment)
        } catch {
            fix("model", "\(error)")
            return
        }
        guard let endpoint = settings.endpoint else {
            note(
                "model",
                "none configured: the built-in analyser is used (set CHATTUTOR_LLM_BASE_URL and CHATTUTOR_LLM_MODEL to use one)"
            )
            return
        }
        let keySource = settings.sources[LLMSettings.Key.apiKey.rawValue]
        ok(
            "model",
            "\(endpoint.displayURL), model \(endpoint.model), API key \(keySource.map { "set (from \($0))" } ?? "not set")"
        )
        guard contact else { return }
        let client = LLMClient(endpoint: endpoint, retryPolicy: RetryPolicy(maximumRetries: 0), breaker: .disabled())
        do {
            let models = try await client.listModels()
            ok("model", "reachable; it lists \(models.count) model\(models.count == 1 ? "" : "s")")
            if models.contains(endpoint.model) {
                ok("model", "'\(endpoint.model)' is listed")
            } else {
                note(
                    "model",
                    "'\(endpoint.model)' is not among the listed models (\(models.prefix(5).joined(separator: ", "))); local servers often ignore the name"
                )
            }
        } catch {
            fix("model", "\(error)")
            return
        }
        do {
            let answer = try await client.complete(Self.probe)
            ok(
                "model",
                "structured output: \(answer.format?.rawValue ?? "none") accepted; answered in \(answer.usage.totalTokens) tokens"
            )
        } catch {
            fix("model", "a structured-output request failed: \(error)")
        }
    }

    /// A request the smallest model can answer, with a schema: does the server take structured output?
    static let probe = ChatRequest(
        messages: [.user("Answer with the JSON object {\"ok\": true}.")], stage: "doctor",
        schema: .object([
            "type": .string("object"), "properties": .object(["ok": .object(["type": .string("boolean")])]),
            "required": .array([.string("ok")]),
            "additionalProperties": .bool(false),
        ]),
        schemaName: "probe", maximumTokens: 40, temperature: 0)
}
