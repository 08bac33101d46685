// A chat message as it enters the engine, and the context that travels with an utterance.

/// Identifies one conversation; chosen by whoever drives the engine.
public struct ConversationID: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// One chat message sent into the engine.
public struct Message: Sendable, Hashable {
    public var conversationID: ConversationID
    public var speaker: Speaker
    public var text: String

    public init(conversationID: ConversationID, speaker: Speaker, text: String) {
        self.conversationID = conversationID
        self.speaker = speaker
        self.text = text
    }
}

/// A message that precedes an utterance, carried with it so a module can show where it came from.
public struct ContextMessage: Codable, Sendable, Hashable {
    public var speaker: Speaker
    public var text: String

    public init(speaker: Speaker, text: String) {
        self.speaker = speaker
        self.text = text
    }
}
