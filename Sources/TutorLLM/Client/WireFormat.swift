// The Chat Completions JSON on the wire: what is sent, and what comes back in each form.

import Foundation

/// The request body.
struct WireRequest: Encodable {
    var model: String
    var messages: [ChatMessage]
    var stream: Bool
    var maxTokens: Int?
    var temperature: Double?
    var responseFormat: JSONValue?

    enum CodingKeys: String, CodingKey {
        case model, messages, stream, temperature
        case maxTokens = "max_tokens"
        case responseFormat = "response_format"
    }
}

/// `usage` as servers report it.
struct WireUsage: Decodable {
    var promptTokens: Int?
    var completionTokens: Int?

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }

    var tokenUsage: TokenUsage {
        TokenUsage(promptTokens: promptTokens ?? 0, completionTokens: completionTokens ?? 0, isEstimated: false)
    }
}

/// A whole (non-streamed) completion, or one streamed chunk: `message` or `delta`.
struct WireCompletion: Decodable {
    struct Choice: Decodable {
        struct Content: Decodable {
            var content: String?
        }

        var message: Content?
        var delta: Content?
        var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case message, delta
            case finishReason = "finish_reason"
        }
    }

    var choices: [Choice]?
    var usage: WireUsage?
    var error: WireErrorBody.Detail?
}

/// `{"error": {"message": ...}}`, the error body of OpenAI and most compatible servers.
struct WireErrorBody: Decodable {
    struct Detail: Decodable {
        var message: String?
    }

    var error: Detail?

    /// The server's message from an error body: its JSON `error.message`, or the text itself.
    static func message(in body: Data) -> String {
        if let decoded = try? JSONDecoder().decode(WireErrorBody.self, from: body), let message = decoded.error?.message
        {
            return LLMError.excerpt(message)
        }
        return LLMError.excerpt(String(decoding: body.prefix(2_000), as: UTF8.self))
    }
}
