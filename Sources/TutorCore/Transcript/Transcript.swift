// Interviewer scripts and recorded conversations, as read from `transcripts/`.

/// A parsed transcript file (docs/transcript-format.md).
public struct Transcript: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Interviewer turns for the scripted interviewer.
        case script
        /// A whole recorded conversation, for replay and headless analysis.
        case recording
    }

    /// One message of a transcript, with the line it starts on.
    public struct Line: Sendable, Hashable {
        public var speaker: Speaker
        public var text: String
        public var lineNumber: Int
        /// A script's lines that may follow this interviewer line, depending on the answer.
        public var followUps: [FollowUp]
        /// A script's `answered [keywords]`: a learner who already stated one of these (as a
        /// plain statement, not a question or a negative) has answered this question, which
        /// is then skipped.
        public var answeredBy: [Keyword]
        /// A script's `answered request [keywords]`: a learner who already asked for one of
        /// these ("I'll have the pasta", "Can I get a steak?") has answered this question.
        public var answeredByRequest: [Keyword]

        public init(
            speaker: Speaker, text: String, lineNumber: Int, followUps: [FollowUp] = [], answeredBy: [Keyword] = [],
            answeredByRequest: [Keyword] = []
        ) {
            self.speaker = speaker
            self.text = text
            self.lineNumber = lineNumber
            self.followUps = followUps
            self.answeredBy = answeredBy
            self.answeredByRequest = answeredByRequest
        }

        /// Whether an `answered` line may skip this question before it is asked.
        public var canBeAnsweredEarly: Bool { !answeredBy.isEmpty || !answeredByRequest.isEmpty }
    }

    /// The file name the transcript was read from, used in error messages.
    public var sourceName: String
    public var title: String
    public var kind: Kind
    public var description: String
    public var level: String?
    /// Who the model interviewer plays (`@persona`), for `chat --interviewer llm`.
    public var persona: String?
    /// What the model interviewer tries to find out (`@goal`).
    public var goal: String?
    public var lines: [Line]
    /// A script's follow-ups for any question: those written before its first line.
    public var generalFollowUps: [FollowUp]
    /// A recording's learners by the names the file gives them (`@learner`, `@learner-b`).
    public var learnerNames: [Speaker: String]

    public init(
        sourceName: String, title: String, kind: Kind, description: String, level: String?, lines: [Line],
        persona: String? = nil, goal: String? = nil, generalFollowUps: [FollowUp] = [],
        learnerNames: [Speaker: String] = [:]
    ) {
        self.generalFollowUps = generalFollowUps
        self.learnerNames = learnerNames
        self.sourceName = sourceName
        self.title = title
        self.kind = kind
        self.description = description
        self.level = level
        self.persona = persona
        self.goal = goal
        self.lines = lines
    }

    /// The transcript's lines as engine messages of one conversation.
    public func messages(in conversationID: ConversationID) -> [Message] {
        lines.map { Message(conversationID: conversationID, speaker: $0.speaker, text: $0.text) }
    }
}

/// A transcript that cannot be read, with the file and line to fix.
public struct TranscriptError: Error, Sendable, Hashable, CustomStringConvertible {
    public var sourceName: String
    /// The 1-based line, or nil for a problem with the whole file.
    public var lineNumber: Int?
    public var reason: String

    public init(sourceName: String, lineNumber: Int?, reason: String) {
        self.sourceName = sourceName
        self.lineNumber = lineNumber
        self.reason = reason
    }

    public var description: String {
        if let lineNumber { return "\(sourceName):\(lineNumber): \(reason)" }
        return "\(sourceName): \(reason)"
    }
}
