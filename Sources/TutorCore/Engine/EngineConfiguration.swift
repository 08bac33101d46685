// The engine's settings, with the product's defaults.

/// How the engine batches, times out and limits a conversation.
public struct EngineConfiguration: Sendable {
    /// Learner messages a batch holds unless a command says otherwise: the one place the
    /// product's default is written (the TUI, `analyze`, `check --llm` and `serve` use it).
    public static let defaultBatchSize = 10
    /// Messages read as each utterance's context unless a command says otherwise.
    public static let defaultContextSize = 3

    /// A learner's batch is analysed when it holds this many utterances.
    public var batchSize: Int
    /// How many preceding messages travel with each utterance.
    public var contextSize: Int
    /// A conversation with no message for this long is ended; nil never times out.
    public var idleTimeout: Duration?
    /// At most this many modules per conversation and learner.
    public var maximumModules: Int
    /// At most this many analyses and module rounds at once, across conversations; nil for no
    /// limit. A server sets it below its core count, so a burst of full batches (every
    /// conversation's tenth message at once) cannot starve the requests that bring messages in.
    public var maximumConcurrentWork: Int?
    /// The `WorkLimiter` queue a conversation's work waits in; queues take turns. By default
    /// each conversation has its own; a server passes the conversation's user, so one user's
    /// backlog delays another user's work by at most one piece of work.
    public var workQueue: @Sendable (ConversationID) -> String = { $0.rawValue }

    /// The product's defaults unless given; counts below their minimum are raised to it (a
    /// batch of at least 1, no negative context or module limit, at least 1 piece of work at
    /// once), so an engine never runs with settings it cannot keep.
    public init(
        batchSize: Int = defaultBatchSize, contextSize: Int = defaultContextSize,
        idleTimeout: Duration? = .seconds(600),
        maximumModules: Int = 8,
        maximumConcurrentWork: Int? = nil
    ) {
        self.batchSize = max(1, batchSize)
        self.contextSize = max(0, contextSize)
        self.idleTimeout = idleTimeout
        self.maximumModules = max(0, maximumModules)
        self.maximumConcurrentWork = maximumConcurrentWork.map { max(1, $0) }
    }
}

/// What the engine refuses to do.
public enum EngineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The conversation was ended and its modules are still being made.
    case conversationEnding(ConversationID)
    /// The engine was shut down.
    case shutDown

    public var description: String {
        switch self {
        case .conversationEnding(let id): "Conversation \(id) has ended; start a new one to keep chatting."
        case .shutDown: "The analysis engine has stopped."
        }
    }
}
