// Compares a rendered screen with a plain-text golden file; RECORD_GOLDEN=1 re-records.

import Foundation
import TerminalKit
import Testing

enum GoldenScreen {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Checks `screen` against Golden/NAME.txt (one line per row, a `|` marking the right edge).
    /// With `underlines`, a row that has underlined cells is followed by a row of `~` under them
    /// (one character per cell), so that the file shows the marks a terminal draws.
    static func check(
        _ screen: ScreenBuffer, _ name: String, underlines: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var rows: [String] = []
        for (row, line) in screen.lines.enumerated() {
            rows.append(line + "|")
            let marks = (0..<screen.size.columns).map { screen[$0, row].style.underline ? "~" : " " }.joined()
            if underlines, marks.contains("~") { rows.append(marks + "|") }
        }
        let text = rows.joined(separator: "\n") + "\n"
        let url = directory.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
            || !FileManager.default.fileExists(atPath: url.path)
        {
            try text.write(to: url, atomically: true, encoding: .utf8)
            if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != "1" {
                Issue.record(
                    "recorded a new golden screen \(name).txt; check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            text == expected, "screen \(name) differs from its golden file (RECORD_GOLDEN=1 re-records)",
            sourceLocation: sourceLocation)
    }
}
