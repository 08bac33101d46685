// The `saved list` table (aligned by display width, Hangul included) and its JSON.

import Foundation
import TerminalKit
import TutorApp
import TutorCore
import TutorStore
import TutorUI

enum SavedListing {
    static func table(_ items: [ReviewItem], learner: String, now: Date) -> String {
        guard !items.isEmpty else {
            return MessageLanguage.strings()("saved.none_listed", ["name": TextSanitizer.printable(learner)]) + "\n"
        }
        let header = ["ID", "SAVED", "TYPE", "FOCUS", "CORRECTION", "NEXT", "TAGS"]
        // Stored text may hold escape sequences (an old save, an API client): printed raw,
        // they would command the terminal.
        let rows = items.map { item -> [String] in
            let focus = item.saved.module.focus
            return [
                String(item.id), day(item.saved.savedAt), focus.errorType.rawValue,
                TextWrapping.truncate(TextSanitizer.printable(focus.label.en), width: 28),
                TextWrapping.truncate(TextSanitizer.printable("\(focus.original) → \(focus.correction)"), width: 30),
                next(item.card, now: now), TextSanitizer.printable(item.saved.tags.joined(separator: ",")),
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        let lines = ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1
                    ? cell : cell + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Under a learner name that was not chosen (`--user` left out), a learner who saved under
    /// another name is told which names have modules; empty when none has.
    static func otherLearners(_ learners: [(name: String, count: Int)]) -> String {
        guard !learners.isEmpty else { return "" }
        let names = learners.map { "\(TextSanitizer.printable($0.name)) (\($0.count))" }.joined(separator: ", ")
        return MessageLanguage.strings()("saved.other_learners", ["names": names]) + "\n"
    }

    static func json(_ items: [ReviewItem]) throws -> String {
        struct Row: Encodable {
            var id: Int64
            var moduleId: String
            var savedAt: Date
            var errorType: String
            var focus: String
            var original: String
            var correction: String
            var correctedSentence: String
            var note: String?
            var tags: [String]
            var state: String
            var due: Date
            var reviewCount: Int
        }
        let rows = items.map { item in
            let module = item.saved.module
            return Row(
                id: item.id, moduleId: module.id, savedAt: item.saved.savedAt,
                errorType: module.focus.errorType.rawValue,
                focus: module.focus.label.en, original: module.focus.original, correction: module.focus.correction,
                correctedSentence: module.correctedSentence, note: item.saved.note, tags: item.saved.tags,
                state: item.card.state.name, due: item.card.due, reviewCount: item.reviewCount)
        }
        return String(decoding: TerminalSafeJSON.escaping(try JSONExport.encoder.encode(rows)), as: UTF8.self) + "\n"
    }

    /// When the module is next due, as the table shows it.
    static func next(_ card: ReviewCard, now: Date) -> String {
        if card.state == .new { return "new" }
        if card.due <= now { return "due" }
        return day(card.due)
    }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
