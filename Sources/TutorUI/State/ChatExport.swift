// A conversation as the learner asked to keep it: its messages, their findings, and where to write it.

import TutorCore

/// The file formats an export can take, chosen by the file name's extension.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
    /// A Markdown file that is also a transcript (`chattutor analyze` and `replay` read it).
    case markdown
    /// A JSON document with every finding's span, correction and rule (`analyze` reads it too).
    case json

    /// The format a file name asks for (`.md`, `.markdown` or `.json`, any case), or nil.
    public init?(path: String) {
        guard !path.hasSuffix("/") else { return nil }
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown": self = .markdown
        case "json": self = .json
        default: return nil
        }
    }
}

/// What `/export` writes: the conversation's title, its messages (the chat's notices left out)
/// with the findings of each analysed learner message, and the file the learner named.
public struct ChatExport: Hashable, Sendable {
    /// The file name as the learner typed it (relative to the working directory, `~` allowed).
    public var path: String
    public var format: ExportFormat
    public var title: String
    public var conversationID: ConversationID
    public var messages: [ChatEntry]
    /// The learners by name, as the session knows them: the learner's profile name, and in
    /// talk mode the other learner's; a teacher reading the file (`analyze`) sees them.
    public var learnerNames: [Speaker: String]
    /// Whether `path` is the default name (`AppState.defaultExportName`, or it with another
    /// extension): when that file exists, the export goes to `NAME-2.md`, `NAME-3.md`, ...
    /// A name the learner chose is never changed, and an existing file never replaced.
    public var numbersIfTaken: Bool

    public init(
        path: String, format: ExportFormat, title: String, conversationID: ConversationID, messages: [ChatEntry],
        learnerNames: [Speaker: String] = [:], numbersIfTaken: Bool = false
    ) {
        self.numbersIfTaken = numbersIfTaken
        self.path = path
        self.format = format
        self.title = title
        self.conversationID = conversationID
        self.messages = messages
        self.learnerNames = learnerNames
    }

    /// How many findings the messages carry.
    public var findingCount: Int { messages.reduce(0) { $0 + ($1.findings?.count ?? 0) } }
}
