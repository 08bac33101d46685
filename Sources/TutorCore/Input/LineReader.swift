// Reads input a line at a time in bounded memory, however long the lines or the input.

/// Lines from an `InputFile`, as bytes (the caller decides how to decode them). Memory stays
/// bounded: a line over `maximumLineByteCount` is cut there (the rest, up to its line break,
/// is skipped and the line says so), and a line that runs on past `maximumSkippedByteCount`
/// without a break is an error: that is not text (`check - < /dev/zero`), and so is a line
/// with a NUL byte (`check /bin/ls`).
public final class LineReader {
    /// One line, without its line break.
    public struct Line: Equatable, Sendable {
        public var bytes: [UInt8]
        /// 1 for the first line.
        public var number: Int
        /// Whether bytes past `maximumLineByteCount` were skipped.
        public var wasCut: Bool
    }

    public let input: InputFile
    /// Whether the lines come from a person typing at a terminal (who ends them with Ctrl-D).
    public var readsTerminal: Bool { input.isTerminal }
    public let maximumLineByteCount: Int
    public let maximumSkippedByteCount: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var lineNumber = 0
    private var atEnd = false

    public init(_ input: InputFile, maximumLineByteCount: Int = 64 * 1024, maximumSkippedByteCount: Int = 1 << 20) {
        self.input = input
        self.maximumLineByteCount = max(1, maximumLineByteCount)
        self.maximumSkippedByteCount = max(0, maximumSkippedByteCount)
        buffer = [UInt8](repeating: 0, count: 64 * 1024)
    }

    /// The next line, or nil at the end. A last line without a line break is still a line;
    /// an input that ends with a line break has no empty line after it.
    public func next() throws(InputError) -> Line? {
        var bytes: [UInt8] = []
        var skipped = 0
        var sawAnything = false
        while true {
            if start == end {
                guard !atEnd, try refill() else {
                    guard sawAnything else { return nil }
                    lineNumber += 1
                    return Line(bytes: bytes, number: lineNumber, wasCut: skipped > 0)
                }
            }
            sawAnything = true
            let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n"))
            let segmentEnd = newline ?? end
            // Each byte is looked at once, as it arrives, kept or skipped.
            if buffer[start..<segmentEnd].contains(0) {
                throw InputError(sourceName: input.sourceName, reason: .binary(lineNumber: lineNumber + 1))
            }
            let room = maximumLineByteCount - bytes.count
            let segmentCount = segmentEnd - start
            bytes.append(contentsOf: buffer[start..<(start + min(room, segmentCount))])
            skipped += max(0, segmentCount - room)
            start = newline.map { $0 + 1 } ?? end
            if skipped > maximumSkippedByteCount {
                throw InputError(
                    sourceName: input.sourceName,
                    reason: .lineTooLong(
                        lineNumber: lineNumber + 1, maximumByteCount: maximumLineByteCount + maximumSkippedByteCount))
            }
            if newline != nil {
                lineNumber += 1
                return Line(bytes: bytes, number: lineNumber, wasCut: skipped > 0)
            }
        }
    }

    /// Reads more into the buffer; false at the end of the input.
    private func refill() throws(InputError) -> Bool {
        let count = try buffer.withUnsafeMutableBytes { buffer in
            Result { () throws(InputError) in try input.read(into: buffer) }
        }.get()
        start = 0
        end = count
        if count == 0 { atEnd = true }
        return count > 0
    }
}
