// Conversation ids are per user: the engine knows each as `user/id`, which no two users share.

import TutorCore

/// The engine's id for a user's conversation. Ids and user names never hold '/', so
/// `user/id` is unique and both parts come back out; each user has a namespace of their own,
/// so another user's ids can be neither probed nor taken.
enum ScopedConversationID {
    static func make(user: String, id: String) -> ConversationID {
        ConversationID("\(user)/\(id)")
    }

    /// The user part of an engine id (the whole id when it has no '/').
    static func user(of id: ConversationID) -> String {
        id.rawValue.firstIndex(of: "/").map { String(id.rawValue[..<$0]) } ?? id.rawValue
    }

    /// The id the client knows.
    static func clientID(of id: ConversationID) -> String {
        id.rawValue.firstIndex(of: "/").map { String(id.rawValue[id.rawValue.index(after: $0)...]) } ?? id.rawValue
    }
}
