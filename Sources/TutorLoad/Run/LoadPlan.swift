// How much load to send, where, and how patiently to wait for modules.

/// The shape of a load run.
public struct LoadPlan: Sendable {
    public var host: String
    public var port: Int
    public var conversationCount: Int
    public var messagesPerConversation: Int
    public var mix: SpeakerMix
    /// The mean pause of a conversation between one accepted message and its next (each pause
    /// drawn from half to one and a half times this; the first message waits a random part of
    /// it, so conversations do not start in step). Zero sends back to back: the server's capacity.
    public var thinkTime: Duration = .zero
    /// How long one request may wait for its response before it counts as failed.
    public var requestTimeout: Duration = .seconds(60)
    /// The time between two polls of one conversation's module list.
    public var pollInterval: Duration
    /// How long after the last end to wait for every conversation to finish before calling the
    /// rest lost.
    public var finishTimeout: Duration
    /// How many connections may be opening at once (a burst of 1,000 SYNs overflows a small
    /// listen backlog, and that is not what the run measures).
    public var connectConcurrency: Int
    /// A file created when half of all messages have been sent, so a script can inject a
    /// fault mid-run (kill an instance, restart the database); nil for none.
    public var halfwayFile: String?
    /// A prefix for conversation ids, so runs against one server never reuse an ended conversation.
    public var runID: String

    public init(
        host: String, port: Int, conversationCount: Int, messagesPerConversation: Int, mix: SpeakerMix,
        pollInterval: Duration, finishTimeout: Duration, connectConcurrency: Int, runID: String
    ) {
        self.host = host
        self.port = port
        self.conversationCount = conversationCount
        self.messagesPerConversation = messagesPerConversation
        self.mix = mix
        self.pollInterval = pollInterval
        self.finishTimeout = finishTimeout
        self.connectConcurrency = connectConcurrency
        self.runID = runID
    }

    /// The id of conversation number `index`: `load-RUN-INDEX`, within the contract's id charset.
    public func conversationID(_ index: Int) -> String { "load-\(runID)-\(index)" }
}
