// The messages one simulated conversation sends, varied per conversation but reproducible.

/// Who speaks when in a simulated conversation.
public enum SpeakerMix: String, Sendable, CaseIterable {
    /// Interviewer, learner, interviewer, learner, ...: half the messages are analysed.
    case alternating
    /// Interviewer, learner, learner, ...: two learner messages per question, as in a real chat
    /// where the learner does most of the talking.
    case learnerHeavy = "learner-heavy"

    /// The role of the message at a 0-based index.
    public func role(at messageIndex: Int) -> MessageRole {
        switch self {
        case .alternating: messageIndex % 2 == 0 ? .interviewer : .learner
        case .learnerHeavy: messageIndex % 3 == 0 ? .interviewer : .learner
        }
    }
}

/// The `speaker` of a message as the wire contract names it.
public enum MessageRole: String, Sendable, Codable, Equatable {
    case interviewer
    case learner
}

/// One message a simulated conversation will post.
public struct ScriptedMessage: Sendable, Equatable {
    public var role: MessageRole
    public var text: String

    public init(role: MessageRole, text: String) {
        self.role = role
        self.text = text
    }
}

/// Builds the messages of simulated conversations from a text pool.
///
/// Each conversation draws its lines with its own seeded generator, so conversations differ
/// from each other (different learner lines in a different order) while a run with the same
/// seed sends exactly the same texts.
public struct ConversationScript: Sendable {
    public var pool: TextPool
    public var mix: SpeakerMix
    public var seed: UInt64

    public init(pool: TextPool, mix: SpeakerMix, seed: UInt64) {
        self.pool = pool
        self.mix = mix
        self.seed = seed
    }

    /// The messages of conversation number `conversationIndex`, `count` of them.
    public func messages(forConversation conversationIndex: Int, count: Int) -> [ScriptedMessage] {
        var generator = SplitMix64(
            seed: seed ^ (UInt64(truncatingIfNeeded: conversationIndex) &* 0x9E37_79B9_7F4A_7C15))
        // Learner lines are dealt from a per-conversation shuffle, so no line repeats within a
        // conversation until the pool is used up; interviewer lines are drawn freely.
        var learnerDeck = pool.learnerLines.shuffled(using: &generator)
        return (0..<count).map { messageIndex in
            let role = mix.role(at: messageIndex)
            switch role {
            case .interviewer:
                let pick = Int(generator.next() % UInt64(pool.interviewerLines.count))
                return ScriptedMessage(role: role, text: pool.interviewerLines[pick])
            case .learner:
                if learnerDeck.isEmpty { learnerDeck = pool.learnerLines.shuffled(using: &generator) }
                return ScriptedMessage(role: role, text: learnerDeck.removeLast())
            }
        }
    }
}

/// A small, fast, seedable generator (SplitMix64), so runs are reproducible across platforms.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
