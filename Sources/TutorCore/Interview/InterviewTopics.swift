// What the scripted interviewer can say about itself and about common hobbies, whatever the
// script: an answer to a learner's question on a topic, a follow-up when a learner's answer is
// about a hobby, and neutral lines for a question no topic knows (Resources/interviewer-topics.txt).

import Foundation

/// A topic a learner may ask the interviewer about, or answer about.
public struct InterviewTopic: Sendable, Hashable {
    /// A name for tests and error messages ("games").
    public var name: String
    /// The words that put a question or an answer on this topic.
    public var keywords: [Keyword]
    /// The interviewer's answer to a question on the topic; every topic has one.
    public var answer: String
    /// The answer to "What's your favourite ...?", when it differs.
    public var favourite: String?
    /// The answer to "Have you ever ...?", when it differs.
    public var ever: String?
    /// What the interviewer asks when the learner's answer is about the topic (hobbies only).
    public var followUp: String?
    /// The 1-based line of `topic`, for error messages.
    public var lineNumber: Int

    /// The answers to a question of `shape`, the best first.
    public func answers(for shape: LearnerQuestion.Shape) -> [String] {
        switch shape {
        case .answer: [answer]
        case .favourite: (favourite.map { [$0] } ?? []) + [answer]
        case .ever: (ever.map { [$0] } ?? []) + [answer]
        }
    }

    /// Whether `words` (a question) use one of the topic's keywords.
    func isAsked(in words: [String]) -> Bool {
        keywords.contains { $0.occurs(in: words) }
    }
}

/// The topics the scripted interviewer knows, in the order a question is matched against them,
/// and its neutral lines.
public struct InterviewTopics: Sendable, Hashable {
    public let topics: [InterviewTopic]
    /// Said to a question no topic knows, after the script's own script-wide `ask-back` lines:
    /// "Good question! I'm not sure how to answer that one."
    public let neutralLines: [String]
    /// The topics' follow-ups as a script's `followup fact [...]` lines, tried after the script's own.
    public let followUps: [Transcript.FollowUp]

    /// No topics: a script's lines only.
    public static let none = InterviewTopics(topics: [], neutralLines: [])

    public init(topics: [InterviewTopic], neutralLines: [String]) {
        self.topics = topics
        self.neutralLines = neutralLines
        followUps = topics.compactMap { topic in
            topic.followUp.map {
                Transcript.FollowUp(
                    trigger: .keywords(topic.keywords, mood: .fact), text: $0, lineNumber: topic.lineNumber)
            }
        }
    }

    /// The first topic whose keywords `words` (a question) use.
    public func topic(askedIn words: [String]) -> InterviewTopic? {
        topics.first { $0.isAsked(in: words) }
    }

    /// The topics shipped with ChatTutor (TutorCore's Resources/interviewer-topics.txt).
    public static func shipped() throws(InterviewTopicsError) -> InterviewTopics {
        // bundleURL, not resourceURL: Foundation on Linux already treats a "Resources" folder
        // inside the bundle as the resource directory (as TutorRules' RuleResources says).
        let url = Bundle.module.bundleURL.appendingPathComponent("Resources/\(shippedFileName)")
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw InterviewTopicsError(
                sourceName: shippedFileName, lineNumber: 0, reason: "cannot be read: \(error.localizedDescription)")
        }
        return try parse(text, sourceName: shippedFileName)
    }

    static let shippedFileName = "interviewer-topics.txt"
}

/// Why a topics file cannot be read: the file, the line and what to fix.
public struct InterviewTopicsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var sourceName: String
    public var lineNumber: Int
    public var reason: String

    public var description: String { "\(sourceName):\(lineNumber): \(reason)" }
}
