// What happened to one simulated conversation, as the report needs it.

/// The record of one conversation: its latencies, what failed and when it ended and finished.
/// Times are offsets from the start of the run, so a record is plain data that tests can build.
public struct ConversationOutcome: Sendable, Equatable {
    public var conversationID: String
    public var messagesSent = 0
    public var messagesAccepted = 0
    /// Latency of every `POST /message` that got a response, in nanoseconds.
    public var messageLatencyNanoseconds: [Int64] = []
    /// When each of those messages was sent, from the start of the sending phase.
    public var messageSentAtNanoseconds: [Int64] = []
    /// When the last message was accepted.
    public var lastAcceptedAt: Duration?
    /// When `POST /end_conversation` was answered 202.
    public var endedAt: Duration?
    /// When a poll first saw generation finished.
    public var finishedAt: Duration?
    public var moduleCount = 0
    /// The server answered 410 `conversation_lost`: the instance holding the conversation
    /// died (several instances behind a load balancer). Lost, but said so at once.
    public var gone = false
    /// Requests answered 503 (the server or the load balancer could not take them then) and
    /// sent again after a pause, within the request timeout.
    public var retriedUnavailable = 0
    /// Module-list polls whose connection broke before the answer, asked again.
    public var retriedBrokenPolls = 0
    /// Failures by kind (`POST /message 409 conversation_ended`, `GET /teaching_modules transport: ...`).
    public var failures: [String: Int] = [:]

    public init(conversationID: String) {
        self.conversationID = conversationID
    }

    /// Lost: a message was not accepted (or its answer broke the contract), the conversation
    /// could not be ended, or its modules never finished.
    public var isLost: Bool {
        !failures.isEmpty || messagesAccepted < messagesSent || endedAt == nil || finishedAt == nil
    }

    mutating func recordFailure(_ route: String, _ error: any Error) {
        let kind =
            switch error {
            case let error as ResponseError:
                if case .unexpectedStatus = error { "\(route) \(error)" } else { "\(route) contract: \(error)" }
            case let error as TransportError: "\(route) transport: \(error)"
            default: "\(route) transport: \(error)"
            }
        failures[kind, default: 0] += 1
    }
}
