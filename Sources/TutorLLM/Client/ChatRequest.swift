// What the pipeline asks a model: messages, limits and the shape of the answer.

/// One message of a chat completion request.
public struct ChatMessage: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable {
        case system, user, assistant
    }

    public var role: Role
    public var content: String

    public init(role: Role, content: String) {
        self.role = role
        self.content = content
    }

    public static func system(_ content: String) -> ChatMessage { ChatMessage(role: .system, content: content) }
    public static func user(_ content: String) -> ChatMessage { ChatMessage(role: .user, content: content) }
    public static func assistant(_ content: String) -> ChatMessage { ChatMessage(role: .assistant, content: content) }
}

/// A chat completion request, independent of the wire format.
public struct ChatRequest: Sendable, Hashable {
    public var messages: [ChatMessage]
    /// The pipeline stage that asks, for the usage counts (`analysis`, `focus`, ...).
    public var stage: String
    /// The JSON Schema the answer must follow; nil for free text.
    public var schema: JSONValue?
    /// The schema's name in the `json_schema` response format.
    public var schemaName: String
    public var maximumTokens: Int?
    public var temperature: Double?

    public init(
        messages: [ChatMessage], stage: String, schema: JSONValue? = nil, schemaName: String = "answer",
        maximumTokens: Int? = nil, temperature: Double? = 0.2
    ) {
        self.messages = messages
        self.stage = stage
        self.schema = schema
        self.schemaName = schemaName
        self.maximumTokens = maximumTokens
        self.temperature = temperature
    }

    /// How many characters the messages hold, for estimating prompt tokens.
    var characterCount: Int { messages.reduce(0) { $0 + $1.content.count } }
}

/// A finished answer: its text, why the model stopped, and what it cost.
public struct ChatCompletion: Sendable, Hashable {
    public var content: String
    public var finishReason: String
    public var usage: TokenUsage
    /// The structured-output form the server accepted, when a schema was asked for.
    public var format: StructuredOutputMode?
}

/// Tokens a request used: counted by the server, or estimated when it did not say.
public struct TokenUsage: Sendable, Hashable, Codable {
    public var promptTokens: Int
    public var completionTokens: Int
    /// The server sent no `usage` (streams usually do not): the counts are estimates.
    public var isEstimated: Bool

    public init(promptTokens: Int, completionTokens: Int, isEstimated: Bool) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.isEstimated = isEstimated
    }

    public var totalTokens: Int { promptTokens + completionTokens }

    /// About four characters a token for English, fewer for Hangul; good enough for budgets.
    static func estimate(promptCharacters: Int, completion: String) -> TokenUsage {
        TokenUsage(
            promptTokens: (promptCharacters + 3) / 4 + 4,
            completionTokens: (completion.count + 3) / 4, isEstimated: true)
    }
}
