// The stats view: due today, new, retention, and reviews per day as a text bar chart.

import Foundation
import TerminalKit
import TutorCore

enum ReviewStatsView {
    /// The chart's height in rows.
    static let chartHeight = 6
    static let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func lines(_ stats: ReviewStats?, theme: Theme, width: Int) -> [StyledLine] {
        guard let stats else { return [StyledLine("Loading stats…", theme[.dim])] }
        var lines = [StyledLine("Review stats", theme[.title]), StyledLine()]
        let retention =
            stats.retention.map {
                "\(Int(($0 * 100).rounded()))% (of \(stats.retentionSampleSize) reviews of learned modules)"
            } ?? "not yet (no learned module reviewed)"
        for (label, value) in [
            ("Due today:  ", "\(stats.dueToday)"), ("New:        ", "\(stats.newCount)"), ("Retention:  ", retention),
            ("Reviews:    ", "\(stats.totalReviews) in all"),
        ] {
            lines.append(StyledLine([(label, theme[.accent]), (value, theme[.text])]))
        }
        lines.append(StyledLine())
        lines.append(StyledLine("Reviews per day, last \(stats.reviewsPerDay.count) days", theme[.text]))
        lines += chart(stats.reviewsPerDay, theme: theme, width: width)
        return lines
    }

    /// A bar per day, eighth-block precision, scaled to the busiest day; the axis labels
    /// the scale and the ends of the window.
    static func chart(_ counts: [Int], theme: Theme, width: Int) -> [StyledLine] {
        guard !counts.isEmpty else { return [] }
        let peak = max(1, counts.max() ?? 1)
        let labelWidth = String(peak).count + 1
        // Two columns a day when they fit, else one.
        let columnsPerDay = labelWidth + counts.count * 2 <= width ? 2 : 1
        var lines: [StyledLine] = []
        for level in (0..<chartHeight).reversed() {
            var row = ""
            for count in counts {
                let eighths = Int((Double(count) / Double(peak) * Double(chartHeight * 8)).rounded())
                let filled = min(8, max(0, eighths - level * 8))
                row.append(count > 0 && level == 0 && filled == 0 ? blocks[1] : blocks[filled])
                if columnsPerDay == 2 { row.append(" ") }
            }
            let label = level == chartHeight - 1 ? String(peak) : (level == 0 ? "0" : "")
            lines.append(
                StyledLine([
                    (label.padding(toLength: labelWidth, withPad: " ", startingAt: 0), theme[.dim]), (row, theme[.bar]),
                ]))
        }
        let span = counts.count * columnsPerDay
        let left = "\(counts.count - 1)d ago"
        let axis = left + String(repeating: " ", count: max(1, span - left.count - 5)) + "today"
        lines.append(StyledLine([(String(repeating: " ", count: labelWidth), theme[.dim]), (axis, theme[.dim])]))
        return lines
    }
}
