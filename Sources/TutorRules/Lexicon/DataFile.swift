// Reading the analyser's line-based data files (TSV tables and word lists), fast.

import Foundation

/// The analyser's text data files: one entry a line, `#` comments and blank lines skipped,
/// fields separated by tabs, spaces around each field ignored.
///
/// Parsed as UTF-8 bytes rather than with Foundation's string trimming: the lexicon is
/// 80,000 rows, and at startup this is most of what `chattutor check` does.
enum DataFile {
    /// The entries of a file, trimmed, without comments and blank lines.
    static func lines(_ url: URL) throws(RuleDataError) -> [String] {
        try entries(url).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The rows of a tab-separated file; each must have at least `columns` fields.
    static func rows(_ url: URL, columns: Int) throws(RuleDataError) -> [[String]] {
        var result: [[String]] = []
        for (index, line) in try entries(url).enumerated() {
            let row = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(decoding: trimmed($0), as: UTF8.self) }
            guard row.count >= columns else {
                throw RuleDataError.malformed(
                    file: url.lastPathComponent, detail: "row \(index + 1) has \(row.count) columns, expected \(columns)")
            }
            result.append(row)
        }
        return result
    }

    private static func entries(_ url: URL) throws(RuleDataError) -> [ArraySlice<UInt8>] {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw RuleDataError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        return bytes.split(separator: UInt8(ascii: "\n")).map(trimmed).filter { !$0.isEmpty && $0.first != UInt8(ascii: "#") }
    }

    /// Without spaces, tabs and carriage returns at either end.
    private static func trimmed(_ field: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = field.firstIndex(where: { !isSpace($0) }), let last = field.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return field[first...last]
    }
}
