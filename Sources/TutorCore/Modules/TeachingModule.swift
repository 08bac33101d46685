// A teaching module: one JSON document that teaches one utterance (docs/module-format.md).

import Foundation

/// Teaches one learner utterance: its focus, an explanation in English and Korean, tips
/// and practice problems. Encoded as JSON it is the module format of `docs/module-format.md`.
public struct TeachingModule: Codable, Sendable, Hashable, Identifiable {
    /// The version of the module format this type writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// Stable for the same conversation, learner, utterance and focus.
    public var id: String
    public var conversationID: ConversationID
    public var learner: Speaker
    public var language: Language
    public var utterance: ModuleUtterance
    public var focus: Focus
    /// The utterance with the focus (and the utterance's other findings) corrected; for a
    /// "say it in English" module, the utterance or an example sentence in English.
    public var correctedSentence: String
    public var explanation: LocalizedText
    public var tips: [LocalizedText]
    public var problems: [Problem]
    public var provenance: Provenance

    public init(
        id: String, conversationID: ConversationID, learner: Speaker, language: Language,
        utterance: ModuleUtterance, focus: Focus, correctedSentence: String,
        explanation: LocalizedText, tips: [LocalizedText], problems: [Problem], provenance: Provenance
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.id = id
        self.conversationID = conversationID
        self.learner = learner
        self.language = language
        self.utterance = utterance
        self.focus = focus
        self.correctedSentence = correctedSentence
        self.explanation = explanation
        self.tips = tips
        self.problems = problems
        self.provenance = provenance
    }

    /// A module id derived from what the module is about, so that the same module made
    /// twice has the same id (and is saved once).
    public static func makeID(for candidate: TeachingCandidate) -> String {
        let parts = [
            candidate.utterance.conversationID.rawValue, candidate.utterance.learner.rawValue,
            String(candidate.utterance.messageIndex), candidate.utterance.text,
            candidate.focus.ruleID, String(candidate.focus.span.start), String(candidate.focus.span.end),
        ]
        return "m-" + StableHash.hex(parts.joined(separator: "\u{1F}"))
    }

    /// The module as pretty, key-sorted JSON.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// The utterance a module teaches, with the messages that came before it.
public struct ModuleUtterance: Codable, Sendable, Hashable {
    public var text: String
    public var messageIndex: Int
    public var context: [ContextMessage]

    public init(text: String, messageIndex: Int, context: [ContextMessage]) {
        self.text = text
        self.messageIndex = messageIndex
        self.context = context
    }

    public init(_ utterance: Utterance) {
        self.init(text: utterance.text, messageIndex: utterance.messageIndex, context: utterance.context)
    }
}

/// What a module teaches.
public struct Focus: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        /// An English error and its correction.
        case correction
        /// Korean the learner wrote, and how to say it in English.
        case sayItInEnglish
    }

    public var kind: Kind
    public var errorType: ErrorType
    public var ruleID: String
    /// A learner-facing name of the problem, such as "Articles (a, an, the)".
    public var label: LocalizedText
    public var span: TextSpan
    public var original: String
    public var correction: String

    public init(
        kind: Kind, errorType: ErrorType, ruleID: String, label: LocalizedText, span: TextSpan,
        original: String, correction: String
    ) {
        self.kind = kind
        self.errorType = errorType
        self.ruleID = ruleID
        self.label = label
        self.span = span
        self.original = original
        self.correction = correction
    }
}

/// One practice problem.
public struct Problem: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case fillInTheBlank
        case multipleChoice
        case rewrite
    }

    /// The marker of the gap in a fill-in-the-blank or multiple-choice sentence.
    public static let blank = "___"

    public var kind: Kind
    /// What the learner is asked to do.
    public var instruction: LocalizedText
    /// The sentence the problem is about: with one blank for fill-in and multiple choice,
    /// the sentence to rewrite for rewrite problems.
    public var text: String
    /// The choices of a multiple-choice problem, the answer among them.
    public var choices: [String]?
    /// The right answer: the word(s) for the blank, or the rewritten sentence.
    public var answer: String
    /// Other answers that are just as right ("mobile phone" for "phone"), accepted too.
    public var alternatives: [String]?

    public init(
        kind: Kind, instruction: LocalizedText, text: String, choices: [String]? = nil, answer: String,
        alternatives: [String]? = nil
    ) {
        self.kind = kind
        self.instruction = instruction
        self.text = text
        self.choices = choices
        self.answer = answer
        self.alternatives = alternatives.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// Where a module came from.
public struct Provenance: Codable, Sendable, Hashable {
    public var analyser: String
    public var generator: String
    public var cluster: ClusterSummary
    public var confidence: Double

    public init(analyser: String, generator: String, cluster: ClusterSummary, confidence: Double) {
        self.analyser = analyser
        self.generator = generator
        self.cluster = cluster
        self.confidence = confidence
    }
}
