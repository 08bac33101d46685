// Which server instance holds a conversation: ids and times only, never chat text.

import Foundation

/// The instance that started a conversation and holds it in memory, as the shared database
/// records it, so another instance that is sent the conversation (its owner died, and the
/// load balancer moved the id) can answer that it is lost instead of starting it afresh.
///
/// Only ids and times: the conversation's text lives in the owner's memory alone.
public struct ConversationOwner: Sendable, Hashable {
    /// The owner's instance id (random for each start of `chattutor serve`).
    public var instance: String
    /// When the owner started the conversation.
    public var startedAt: Date
    /// The owner's last heartbeat; nil when it never sent one.
    public var heartbeatAt: Date?

    public init(instance: String, startedAt: Date, heartbeatAt: Date?) {
        self.instance = instance
        self.startedAt = startedAt
        self.heartbeatAt = heartbeatAt
    }
}
