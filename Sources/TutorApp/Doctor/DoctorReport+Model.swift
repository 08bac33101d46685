// `doctor`'s model check: the settings, the endpoint's model list, and one structured-output request.

import TutorConfig
import TutorLLM
import TutorUI

extension DoctorReport {
    /// The model settings load; with an endpoint and `contact`, it lists its models and
    /// answers a structured-output request (one attempt each, no retries, no breaker).
    public mutating func checkModel(_ environment: [String: String], contact: Bool) async {
        let settings: LLMSettings
        do {
            settings = try LLMSettings.load(environment: environment)
        } catch {
            fix("model", error.message(strings))
            return
        }
        guard let endpoint = settings.endpoint else {
            note("model", strings("doctor.model.none"))
            return
        }
        let keySource = settings.sources[LLMSettings.Key.apiKey.rawValue]
        let key = keySource.map { strings("doctor.model.key_set", ["source": $0]) } ?? strings("doctor.model.key_unset")
        ok(
            "model",
            strings("doctor.model.endpoint", ["url": endpoint.displayURL, "model": endpoint.model, "key": key]))
        guard contact else { return }
        let client = LLMClient(endpoint: endpoint, retryPolicy: RetryPolicy(maximumRetries: 0), breaker: .disabled())
        do {
            let models = try await client.listModels()
            ok("model", strings.count("doctor.model.reachable", models.count))
            if models.contains(endpoint.model) {
                ok("model", strings("doctor.model.listed", ["model": endpoint.model]))
            } else {
                let listed = models.prefix(5).joined(separator: ", ")
                note("model", strings("doctor.model.not_listed", ["model": endpoint.model, "models": listed]))
            }
        } catch {
            fix("model", "\(error)")
            return
        }
        do {
            let answer = try await client.complete(Self.probe)
            let format = answer.format?.rawValue ?? strings("doctor.model.no_format")
            ok("model", strings("doctor.model.structured", ["format": format, "tokens": answer.usage.totalTokens]))
        } catch {
            fix("model", strings("doctor.model.structured_failed", ["error": "\(error)"]))
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
