// Reading the analyser's line-based data files (TSV tables and word lists), fast.

import Foundation

/// The analyser's text data files: one entry a line, `#` comments and blank lines skipped,
/// fields separated by tabs, spaces around each field ignored.
///
/// Parsed as UTF-8 bytes in place rather than with Foundation's string functions: the
/// lexicon is 80,000 rows, read at every start.
enum DataFile {
    /// One row of a table: its fields, read straight from the file's bytes.
    struct Row: ~Copyable {
        fileprivate let line: UnsafeBufferPointer<UInt8>
        fileprivate var fields: [Range<Int>]

        var count: Int { fields.count }

        /// Field `index` as a string.
        subscript(index: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: line[fields[index]]), as: UTF8.self)
        }

        /// Field `index` as a whole number; nil when it is not one.
        func int(_ index: Int) -> Int? {
            var value = 0
            let field = line[fields[index]]
            guard !field.isEmpty else { return nil }
            for byte in field {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value &* 10 &+ Int(byte - 0x30)
            }
            return value
        }
    }

    /// The entries of a file, trimmed, without comments and blank lines.
    static func lines(_ url: URL) throws(RuleDataError) -> [String] {
        var result: [String] = []
        try forEachRow(url, columns: 1, separatedBy: nil) { result.append($0[0]) }
        return result
    }

    /// The rows of a tab-separated file; each must have at least `columns` fields.
    static func rows(_ url: URL, columns: Int) throws(RuleDataError) -> [[String]] {
        var result: [[String]] = []
        try forEachRow(url, columns: columns) { row in result.append((0..<row.count).map { row[$0] }) }
        return result
    }

    /// Calls `body` with each row of a tab-separated file (or, with no separator, each whole
    /// line as one field); each must have at least `columns` fields.
    static func forEachRow(
        _ url: URL, columns: Int, separatedBy separator: UInt8? = UInt8(ascii: "\t"), _ body: (borrowing Row) -> Void
    ) throws(RuleDataError) {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw RuleDataError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        var failure: RuleDataError?
        bytes.withUnsafeBufferPointer { buffer in
            var row = Row(line: buffer, fields: [])
            var lineNumber = 0
            var start = 0
            while start < buffer.count, failure == nil {
                let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) ?? buffer.count
                lineNumber += 1
                defer { start = end + 1 }
                let line = trimmed(start..<end, in: buffer)
                guard !line.isEmpty, buffer[line.lowerBound] != UInt8(ascii: "#") else { continue }
                row.fields.removeAll(keepingCapacity: true)
                var fieldStart = line.lowerBound
                if let separator {
                    for index in line where buffer[index] == separator {
                        row.fields.append(trimmed(fieldStart..<index, in: buffer))
                        fieldStart = index + 1
                    }
                }
                row.fields.append(trimmed(fieldStart..<line.upperBound, in: buffer))
                guard row.fields.count >= columns else {
                    failure = .malformed(
                        file: url.lastPathComponent,
                        detail: "line \(lineNumber) has \(row.fields.count) columns, expected \(columns)")
                    continue
                }
                body(row)
            }
        }
        if let failure { throw failure }
    }

    /// The range without spaces, tabs and carriage returns at either end.
    private static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
