// Who said a message: the interviewer, one of two learners, or the system.

import Foundation

/// The speaker of a chat message. Only learners are analysed; everyone else is context.
public enum Speaker: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case interviewer
    case learnerA = "learner-a"
    case learnerB = "learner-b"
    case system

    /// Whether this speaker's messages are analysed for English errors.
    public var isLearner: Bool { self == .learnerA || self == .learnerB }

    /// A short label for screens and reports.
    public var displayName: String {
        switch self {
        case .interviewer: "Interviewer"
        case .learnerA: "Learner A"
        case .learnerB: "Learner B"
        case .system: "System"
        }
    }

    /// Reads a speaker name as people write it in transcripts (`learner`, `a`, `Learner-B`, ...).
    public init?(transcriptName: String) {
        switch transcriptName.lowercased().trimmingCharacters(in: .whitespaces) {
        case "interviewer", "tutor": self = .interviewer
        case "learner", "learner-a", "learner a", "a": self = .learnerA
        case "learner-b", "learner b", "b": self = .learnerB
        case "system": self = .system
        default: return nil
        }
    }

    public static func < (lhs: Speaker, rhs: Speaker) -> Bool {
        lhs.sortOrder < rhs.sortOrder
    }

    private var sortOrder: Int {
        switch self {
        case .learnerA: 0
        case .learnerB: 1
        case .interviewer: 2
        case .system: 3
        }
    }
}
