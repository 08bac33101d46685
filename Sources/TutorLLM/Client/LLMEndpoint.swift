// Where the model is and how to call it: URL, model name, key and limits.

import Foundation

/// An OpenAI-compatible endpoint and the limits the client keeps to with it. The key is
/// only ever put in the `Authorization` header: `description` and `dump` never show it.
public struct LLMEndpoint: Sendable, CustomStringConvertible, CustomReflectable {
    /// The base URL, such as `https://api.openai.com/v1` or `http://127.0.0.1:8080/v1`.
    public var baseURL: URL
    public var model: String
    public var apiKey: String?
    /// No byte for this long fails a request (and it may be retried).
    public var idleTimeout: Duration
    /// One call, with all its retries, takes at most this long.
    public var deadline: Duration
    /// At most this many requests at once.
    public var maximumConcurrentRequests: Int

    public init(
        baseURL: URL, model: String, apiKey: String? = nil, idleTimeout: Duration = .seconds(30),
        deadline: Duration = .seconds(120), maximumConcurrentRequests: Int = 8
    ) {
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey.flatMap { $0.isEmpty ? nil : $0 }
        self.idleTimeout = idleTimeout
        self.deadline = deadline
        self.maximumConcurrentRequests = max(1, maximumConcurrentRequests)
    }

    /// The base URL without credentials, query or trailing slash, for messages.
    public var displayURL: String {
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)
        components?.user = nil
        components?.password = nil
        components?.query = nil
        let text = components?.string ?? baseURL.absoluteString
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    /// The URL of a path under the base URL, such as `chat/completions`.
    func url(_ path: String) -> URL {
        URL(string: displayURL + "/" + path) ?? baseURL.appendingPathComponent(path)
    }

    public var description: String {
        "\(displayURL) model \(model)" + (apiKey == nil ? "" : " (API key set)")
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["baseURL": displayURL, "model": model, "apiKey": apiKey == nil ? "none" : "(set)"])
    }
}
