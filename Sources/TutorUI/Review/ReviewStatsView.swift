// The stats view: due today, new, retention, and reviews per day as a text bar chart.

import Foundation
import TerminalKit
import TutorCore

enum ReviewStatsView {
    /// The chart's height in rows.
    static let chartHeight = 6
    static let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func lines(_ stats: ReviewStats?, theme: Theme, strings: Strings, width: Int) -> [StyledLine] {
        guard let stats else { return [StyledLine(strings("review.stats.loading"), theme[.dim])] }
        var lines = [StyledLine(strings("review.stats.title"), theme[.title]), StyledLine()]
        let retention = stats.retentionText(strings)
        for (label, value) in [
            ("due_today", "\(stats.dueToday)"), ("new", "\(stats.newCount)"), ("retention_label", retention),
            ("reviews", strings("review.stats.reviews_count", ["count": stats.totalReviews])),
        ] {
            lines.append(StyledLine([(strings("review.stats.\(label)"), theme[.accent]), (value, theme[.text])]))
        }
        lines.append(StyledLine())
        lines.append(StyledLine(strings("review.stats.per_day", ["count": stats.reviewsPerDay.count]), theme[.text]))
        lines += chart(stats.reviewsPerDay, theme: theme, strings: strings, width: width)
        return lines
    }

    /// A bar per day, eighth-block precision, scaled to the busiest day; the axis labels
    /// the scale and the ends of the window.
    static func chart(_ counts: [Int], theme: Theme, strings: Strings = .english, width: Int) -> [StyledLine] {
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
        let left = strings("review.stats.days_ago", ["count": counts.count - 1])
        let today = strings("review.stats.today")
        let axis =
            left + String(repeating: " ", count: max(1, span - DisplayWidth.of(left) - DisplayWidth.of(today))) + today
        lines.append(StyledLine([(String(repeating: " ", count: labelWidth), theme[.dim]), (axis, theme[.dim])]))
        return lines
    }
}

extension ReviewStats {
    /// "92% of 40 reviews" in the interface's language, or the text for no reviews yet
    /// (the stats screen and the plain review's /stats).
    public func retentionText(_ strings: Strings) -> String {
        retention.map {
            strings("review.stats.retention", ["percent": Int(($0 * 100).rounded()), "count": retentionSampleSize])
        } ?? strings("review.stats.no_retention")
    }
}
