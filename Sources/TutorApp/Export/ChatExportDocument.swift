// The two shapes of `/export`: a Markdown transcript with findings as notes, and a JSON document.

import Foundation
import TutorCore
import TutorUI

/// A conversation the learner exported, as its file holds it. Markdown is written as a
/// transcript (docs/transcript-format.md) whose findings are `#` lines, which a Markdown
/// viewer shows as small headings and the transcript parser skips as comments; JSON keeps
/// every finding whole. `chattutor analyze` and `replay` read both back.
public struct ChatExportDocument: Codable, Hashable, Sendable {
    /// What `format` says in every export, so that other JSON is told apart.
    public static let formatName = "chattutor-chat-export"
    public static let currentVersion = 1

    /// One message and, for an analysed learner message, what was found in it.
    public struct Message: Codable, Hashable, Sendable {
        public var speaker: Speaker
        public var text: String
        /// Absent until the message was analysed; empty when nothing was found.
        public var findings: [Finding]?

        public init(speaker: Speaker, text: String, findings: [Finding]?) {
            self.speaker = speaker
            self.text = text
            self.findings = findings
        }
    }

    public var format: String
    public var version: Int
    public var title: String
    public var conversationID: ConversationID
    /// When it was exported, ISO 8601 in UTC.
    public var exportedAt: String
    public var messages: [Message]
    /// The learners by name, by speaker ("learner-a": "Minho"); absent when none is known.
    public var learners: [String: String]?

    /// The document for an export the reducer asked for, stamped with `date`.
    public init(_ export: ChatExport, exportedAt date: Date) {
        format = Self.formatName
        version = Self.currentVersion
        title = export.title
        conversationID = export.conversationID
        exportedAt = ISO8601DateFormatter().string(from: date)
        messages = export.messages.map {
            Message(speaker: $0.speaker, text: $0.text, findings: $0.speaker.isLearner ? $0.findings : nil)
        }
        let named = export.learnerNames.filter { $0.key.isLearner && !Transcript.learnerName($0.value).isEmpty }
        learners =
            named.isEmpty
            ? nil : Dictionary(uniqueKeysWithValues: named.map { ($0.key.rawValue, Transcript.learnerName($0.value)) })
    }

    /// The learners' names by speaker, as the file gives them.
    var learnerNames: [Speaker: String] {
        var names: [Speaker: String] = [:]
        for (key, name) in learners ?? [:] {
            guard let speaker = Speaker(rawValue: key), speaker.isLearner else { continue }
            let clean = Transcript.learnerName(name)
            if !clean.isEmpty { names[speaker] = clean }
        }
        return names
    }

    /// The file's bytes in `format`.
    public func encoded(as format: ExportFormat) throws -> Data {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return try TerminalSafeJSON.escaping(encoder.encode(self)) + Data("\n".utf8)
        case .markdown:
            return Data(markdown.utf8)
        }
    }

    var findingCount: Int { messages.reduce(0) { $0 + ($1.findings?.count ?? 0) } }

    /// The Markdown transcript: directives, a heading, then each message as `speaker: text`
    /// (further lines indented) with its findings after it as `######` notes.
    var markdown: String {
        let oneLine = { (text: String) in TextSanitizer.sanitize(text, keepNewlines: false) }
        var out = [
            "@title \(oneLine(title))", "",
            "@kind recording", "",
        ]
        // `@learner Minho`: the directive is the speaker's transcript name.
        for speaker in [Speaker.learnerA, .learnerB] {
            if let name = learnerNames[speaker] { out += ["@\(speaker.transcriptName) \(name)", ""] }
        }
        out += [
            "@description Exported by chattutor on \(exportedAt) (\(conversationID.rawValue)): \(messages.count) messages, "
                + "\(findingCount) findings. Lines starting with # are notes; chattutor analyze reads the rest.",
            "", "# \(oneLine(title))", "",
        ]
        for message in messages {
            let lines = message.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            guard let first = lines.first else { continue }
            out.append("\(message.speaker.transcriptName): \(first)")
            out += lines.dropFirst().map { "  \($0)" }
            for finding in message.findings ?? [] { out.append("###### ✎ \(oneLine(Self.describe(finding)))") }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// One finding for a reader: the change, what it is about, and the rule that found it.
    static func describe(_ finding: Finding) -> String {
        let change: String
        switch (finding.original.isEmpty, finding.suggestions.first) {
        case (false, let suggestion?) where suggestion.isEmpty: change = "delete “\(finding.original)”"
        case (false, let suggestion?): change = "“\(finding.original)” → “\(suggestion)”"
        case (true, let suggestion?): change = "add “\(suggestion)”"
        case (false, nil): change = "“\(finding.original)”"
        case (true, nil): change = "something is missing"
        }
        return "\(change): \(finding.message.en) (\(finding.ruleID))"
    }
}

extension Speaker {
    /// The name a transcript file uses for this speaker (`Speaker(transcriptName:)` reads it back).
    var transcriptName: String {
        switch self {
        case .interviewer: "interviewer"
        case .learnerA: "learner"
        case .learnerB: "learner-b"
        case .system: "system"
        }
    }
}
