// What the server holds about one conversation: owner, status, counts and validated modules.

import TutorCore

/// Where a conversation is: taking messages, making its modules, or done.
public enum ConversationStatus: String, Sendable, Codable {
    case open, ending, finished
}

/// A validated module with its wire JSON, encoded once when it validates.
struct ModuleEntry: Sendable {
    var module: TeachingModule
    var json: String
}

/// One conversation in the registry. No chat text: only counts, times and the validated
/// modules (which the learner is meant to see).
struct ConversationRecord {
    let owner: String
    /// The id the client uses (the registry's key is the engine's, `owner/id`).
    let clientID: String
    var status: ConversationStatus = .open
    var messageCount = 0
    /// `now()` of the last message, for the idle timeout.
    var lastActivity: Duration
    /// `now()` when generation finished, for the retention time.
    var finishedAt: Duration?
    var modules: [ModuleEntry] = []
    var subscribers: [Int: AsyncStream<ConversationEvent>.Continuation] = [:]

    init(owner: String, clientID: String, now: Duration) {
        self.owner = owner
        self.clientID = clientID
        self.lastActivity = now
    }
}

/// What a subscriber to a conversation's events receives.
public enum ConversationEvent: Sendable, Equatable {
    /// A module validated: its wire JSON.
    case module(String)
    /// Generation finished with this many validated modules.
    case done(moduleCount: Int)
    /// Nothing happened for a while: a comment line keeps proxies from closing the stream,
    /// and writing it finds clients that went away.
    case keepAlive
}

/// What `POST /message` answers.
public struct MessageReceipt: Sendable, Equatable, Encodable {
    public var conversationID: String
    public var messageIndex: Int
    /// The engine's place for a learner message (`Engine.send`); nil for the interviewer's.
    public var batch: BatchPlace?

    enum CodingKeys: String, CodingKey {
        case conversationID = "conversation_id"
        case messageIndex = "message_index"
        case batch
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(conversationID, forKey: .conversationID)
        try container.encode(messageIndex, forKey: .messageIndex)
        // `null` for interviewer messages, as the contract says (not a missing key).
        try container.encode(batch, forKey: .batch)
    }
}

/// What the engine driver must do next, in the order the registry decided it.
enum EngineCommand: Sendable {
    /// Send a message; the reply takes the engine's batch place back to the request.
    case send(Message, BatchPlaceReply)
    case end(ConversationID)
}
