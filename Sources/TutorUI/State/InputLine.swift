// The text the learner is typing: edited by grapheme, with history.

/// An editable line of text. The cursor moves by grapheme (Character), so Hangul syllables,
/// emoji sequences and combining marks are never split.
public struct InputLine: Hashable, Sendable {
    public private(set) var characters: [Character] = []
    /// Index into `characters` of the character after the cursor.
    public private(set) var cursor = 0
    /// Sent lines, oldest first.
    public private(set) var history: [String] = []
    /// Where Up/Down is in `history`; nil while editing a new line.
    private var historyIndex: Int?
    /// The unsent line kept while browsing history.
    private var draft: [Character] = []

    public static let maximumHistory = 100

    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.allSatisfy(\.isWhitespace) }

    public mutating func insert(_ text: String) {
        let inserted = Array(text)
        characters.insert(contentsOf: inserted, at: cursor)
        cursor += inserted.count
        historyIndex = nil
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }

    /// Home / Ctrl-A: the start of the current line of a multi-line input.
    public mutating func moveToLineStart() {
        while cursor > 0, characters[cursor - 1] != "\n" { cursor -= 1 }
    }

    /// End / Ctrl-E: the end of the current line.
    public mutating func moveToLineEnd() {
        while cursor < characters.count, characters[cursor] != "\n" { cursor += 1 }
    }

    /// Ctrl-U: deletes from the start of the line to the cursor.
    public mutating func deleteToLineStart() {
        var start = cursor
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-K: deletes from the cursor to the end of the line.
    public mutating func deleteToLineEnd() {
        var end = cursor
        while end < characters.count, characters[end] != "\n" { end += 1 }
        characters.removeSubrange(cursor..<end)
    }

    /// Ctrl-W: deletes the word before the cursor (and the spaces after it).
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " ", characters[start - 1] != "\n" { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Takes the line for sending: records it in history and clears the input.
    public mutating func take() -> String {
        let sent = text
        if !isEmpty, history.last != sent {
            history.append(sent)
            if history.count > Self.maximumHistory { history.removeFirst() }
        }
        characters = []
        cursor = 0
        historyIndex = nil
        draft = []
        return sent
    }

    /// Up: the previous sent line.
    public mutating func historyBack() {
        guard !history.isEmpty else { return }
        if historyIndex == nil { draft = characters }
        let index = max(0, (historyIndex ?? history.count) - 1)
        historyIndex = index
        characters = Array(history[index])
        cursor = characters.count
    }

    /// Down: the next sent line, then the unsent draft.
    public mutating func historyForward() {
        guard let index = historyIndex else { return }
        if index + 1 < history.count {
            historyIndex = index + 1
            characters = Array(history[index + 1])
        } else {
            historyIndex = nil
            characters = draft
        }
        cursor = characters.count
    }
}
