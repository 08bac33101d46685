// Turns the bytes a terminal sends into key, text, paste and mouse events, incrementally.

/// Keys that are not text.
public enum Key: Hashable, Sendable {
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown, insert
    case function(Int)
}

/// Modifier keys held with a key.
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let shift = Modifiers(rawValue: 1)
    public static let alt = Modifiers(rawValue: 2)
    public static let control = Modifiers(rawValue: 4)
}

/// One thing the user did.
public enum InputEvent: Hashable, Sendable {
    /// Printable text (invalid UTF-8 becomes U+FFFD); never a control character.
    case text(String)
    case key(Key, Modifiers)
    /// Ctrl and a letter, as a lowercase letter ("c" for Ctrl-C; Ctrl-J is "j").
    case control(Character)
    /// Alt (or Esc, then quickly) and a printable character.
    case alt(Character)
    /// A bracketed paste, as one event, with control characters other than newline removed.
    case paste(String)
    case mouseWheel(up: Bool, column: Int, row: Int)
}

/// An incremental decoder: any split of the byte stream gives the same events. A lone
/// Escape, or an unfinished sequence, waits in `pending` until more bytes come or the app
/// calls `flushPending()` after a short timeout.
public struct InputDecoder: Sendable {
    private var pending: [UInt8] = []
    private var pasteBuffer: [UInt8]?
    /// Inside a control sequence too long to keep: its bytes are dropped up to its final byte.
    private var discardingSequence = false

    /// The longest control sequence decoded; a longer one is garbled or hostile and dropped.
    private static let maximumSequenceLength = 32
    /// The most of a bracketed paste kept: far more than a message may hold (4,000
    /// characters), and a bound on memory when the paste's end never comes.
    public static let maximumPasteByteCount = 256 * 1024

    public init() {}

    /// Whether bytes are waiting for the rest of a sequence (or for the Escape timeout).
    public var hasPendingEscape: Bool { !pending.isEmpty && pasteBuffer == nil }

    public mutating func feed(_ bytes: [UInt8]) -> [InputEvent] {
        pending += bytes
        return drain(final: false)
    }

    /// Resolves what is waiting: a lone ESC is the Escape key; an unfinished sequence is dropped.
    public mutating func flushPending() -> [InputEvent] {
        drain(final: true)
    }

    private mutating func drain(final: Bool) -> [InputEvent] {
        var events: [InputEvent] = []
        var index = 0
        while index < pending.count {
            if pasteBuffer != nil {
                guard let end = find([0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E], from: index) else {
                    // Keep a possible start of the end marker for the next feed.
                    let keep = min(5, pending.count - index)
                    appendToPaste(pending[index..<(pending.count - keep)])
                    index = pending.count - keep
                    if final {
                        appendToPaste(pending[index...])
                        index = pending.count
                    }
                    break
                }
                appendToPaste(pending[index..<end])
                events.append(.paste(Self.cleanPaste(pasteBuffer ?? [])))
                pasteBuffer = nil
                index = end + 6
                continue
            }
            if discardingSequence {
                // Parameter bytes are dropped; the final byte ends the sequence and is dropped
                // too; anything else ends it and is decoded.
                let byte = pending[index]
                if (0x20...0x7E).contains(byte) { index += 1 }
                if !(0x20...0x3F).contains(byte) { discardingSequence = false }
                continue
            }
            let (event, consumed) = decodeOne(at: index, final: final)
            guard consumed > 0 else { break }  // incomplete: wait for more bytes
            if let event { events.append(contentsOf: event) }
            index += consumed
        }
        pending.removeFirst(index)
        if final, pasteBuffer == nil { pending.removeAll() }
        if final { discardingSequence = false }
        return InputEvent.mergingText(events)
    }

    /// Decodes one event at `index`; consumed 0 means "incomplete, wait".
    private mutating func decodeOne(at index: Int, final: Bool) -> ([InputEvent]?, Int) {
        let byte = pending[index]
        switch byte {
        case 0x1B:
            guard index + 1 < pending.count else { return final ? ([.key(.escape, [])], 1) : (nil, 0) }
            let next = pending[index + 1]
            if next == 0x5B { return decodeCSI(at: index, final: final) }
            if next == 0x4F {
                guard index + 2 < pending.count else { return final ? ([.key(.escape, [])], 1) : (nil, 0) }
                return (Self.ss3(pending[index + 2]).map { [$0] } ?? [], 3)
            }
            if next == 0x0D { return ([.key(.enter, [.alt])], 2) }
            if next == 0x1B { return ([.key(.escape, [])], 1) }
            if next >= 0x20, next < 0x7F { return ([.alt(Character(Unicode.Scalar(next)))], 2) }
            if next == 0x7F { return ([.key(.backspace, [.alt])], 2) }
            return ([.key(.escape, [])], 1)
        case 0x0D: return ([.key(.enter, [])], 1)
        case 0x09: return ([.key(.tab, [])], 1)
        case 0x7F, 0x08: return ([.key(.backspace, [])], 1)
        case 0x00: return ([], 1)
        case 0x01...0x1A: return ([.control(Character(Unicode.Scalar(byte + 0x60)))], 1)
        case 0x1C...0x1F: return ([], 1)
        default:
            return decodeUTF8(at: index, final: final)
        }
    }

    private func decodeUTF8(at index: Int, final: Bool) -> ([InputEvent]?, Int) {
        let byte = pending[index]
        let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
        guard length > 0 else { return ([.text("\u{FFFD}")], 1) }
        guard index + length <= pending.count else {
            return final ? ([.text("\u{FFFD}")], pending.count - index) : (nil, 0)
        }
        let slice = Array(pending[index..<(index + length)])
        guard slice.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }), let text = String(validating: slice, as: UTF8.self)
        else {
            return ([.text("\u{FFFD}")], 1)
        }
        if text.unicodeScalars.contains(where: { (0x80..<0xA0).contains($0.value) }) { return ([], length) }
        return ([.text(text)], length)
    }

    /// CSI: ESC [, parameter bytes (0x20–0x3F), a final byte (0x40–0x7E); ESC [ < ... M for
    /// SGR mouse. Anything out of shape or out of range is dropped, and decoding goes on with
    /// the bytes after it.
    private mutating func decodeCSI(at index: Int, final: Bool) -> ([InputEvent]?, Int) {
        var end = index + 2
        while end < pending.count, (0x20...0x3F).contains(pending[end]) {
            if end - index > Self.maximumSequenceLength {
                discardingSequence = true  // runaway: drop it, however long it goes on
                return ([], end - index)
            }
            end += 1
        }
        guard end < pending.count else {
            guard final else { return (nil, 0) }
            // Timed out: Alt-[ alone, or an unfinished sequence, dropped.
            return end == index + 2 ? ([.alt("[")], 2) : ([], end - index)
        }
        let finalByte = pending[end]
        // Cut short by a control byte, DEL or non-ASCII: drop what came, decode that byte.
        guard (0x40...0x7E).contains(finalByte) else { return ([], end - index) }
        let parameterBytes = pending[(index + 2)..<end]
        let consumed = end - index + 1
        if parameterBytes.elementsEqual("200".utf8), finalByte == 0x7E {
            pasteBuffer = []
            return ([], consumed)
        }
        if parameterBytes.first == UInt8(ascii: "<") {
            return (Self.mouse(parameterBytes.dropFirst(), final: finalByte), consumed)
        }
        guard let parameters = ControlSequenceParameters(parameterBytes) else { return ([], consumed) }
        let modifiers = Self.modifiers(parameters[1] ?? 1)
        switch finalByte {
        case 0x41: return ([.key(.up, modifiers)], consumed)
        case 0x42: return ([.key(.down, modifiers)], consumed)
        case 0x43: return ([.key(.right, modifiers)], consumed)
        case 0x44: return ([.key(.left, modifiers)], consumed)
        case 0x48: return ([.key(.home, modifiers)], consumed)
        case 0x46: return ([.key(.end, modifiers)], consumed)
        case 0x5A: return ([.key(.backTab, [.shift])], consumed)
        case 0x50...0x53: return ([.key(.function(Int(finalByte) - 0x4F), modifiers)], consumed)
        case 0x7E:
            let keys: [Int: Key] = [
                1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
                11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
                17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
                23: .function(11), 24: .function(12),
            ]
            return (keys[parameters[0] ?? 0].map { [.key($0, modifiers)] } ?? [], consumed)
        default:
            return ([], consumed)
        }
    }

    private static func ss3(_ byte: UInt8) -> InputEvent? {
        switch byte {
        case 0x41: .key(.up, [])
        case 0x42: .key(.down, [])
        case 0x43: .key(.right, [])
        case 0x44: .key(.left, [])
        case 0x48: .key(.home, [])
        case 0x46: .key(.end, [])
        case 0x50...0x53: .key(.function(Int(byte) - 0x4F), [])
        default: nil
        }
    }

    /// `code` is at most `ControlSequenceParameters.maximumValue`, so less one cannot overflow.
    private static func modifiers(_ code: Int) -> Modifiers {
        let bits = max(0, code - 1)
        var modifiers: Modifiers = []
        if bits & 1 != 0 { modifiers.insert(.shift) }
        if bits & 2 != 0 { modifiers.insert(.alt) }
        if bits & 4 != 0 { modifiers.insert(.control) }
        return modifiers
    }

    /// SGR mouse: button; column; row, 1-based. Only the wheel is used.
    private static func mouse(_ bytes: ArraySlice<UInt8>, final: UInt8) -> [InputEvent] {
        guard final == 0x4D, let parameters = ControlSequenceParameters(bytes), parameters.count == 3,
            let button = parameters[0], let column = parameters[1], let row = parameters[2], column >= 1, row >= 1
        else { return [] }
        switch button & ~0b11100 {
        case 64: return [.mouseWheel(up: true, column: column - 1, row: row - 1)]
        case 65: return [.mouseWheel(up: false, column: column - 1, row: row - 1)]
        default: return []
        }
    }

    /// Adds to the paste what fits under `maximumPasteByteCount`; the rest is dropped (the same
    /// bytes whatever the split of the stream, since the buffer fills in stream order).
    private mutating func appendToPaste(_ bytes: ArraySlice<UInt8>) {
        let room = Self.maximumPasteByteCount - (pasteBuffer?.count ?? 0)
        guard room > 0 else { return }
        pasteBuffer?.append(contentsOf: bytes.prefix(room))
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard pending.count >= needle.count, start <= pending.count - needle.count else { return nil }
        for offset in start...(pending.count - needle.count) where pending[offset] == needle[0] {
            if Array(pending[offset..<(offset + needle.count)]) == needle { return offset }
        }
        return nil
    }

    private static func cleanPaste(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self).replacingCRLF
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars
        where scalar == "\n" || scalar == "\t" || !(scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)) {
            scalars.append(scalar == "\t" ? " " : scalar)
        }
        return String(scalars)
    }
}

extension String {
    /// Line ends as "\n": a paste from a terminal brings "\r" or "\r\n".
    var replacingCRLF: String {
        var scalars = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in unicodeScalars {
            if scalar == "\n", previousWasReturn {
                previousWasReturn = false
                continue
            }
            previousWasReturn = scalar == "\r"
            scalars.append(scalar == "\r" ? "\n" : scalar)
        }
        return String(scalars)
    }
}

extension InputEvent {
    /// Joins neighbouring text events: how a burst of typing is split into events depends on
    /// how the bytes arrived, and does not matter.
    public static func mergingText(_ events: [InputEvent]) -> [InputEvent] {
        var merged: [InputEvent] = []
        for event in events {
            if case .text(let text) = event, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + text)
            } else {
                merged.append(event)
            }
        }
        return merged
    }
}
