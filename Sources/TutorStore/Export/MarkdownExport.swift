// The Markdown export: a readable page with one section per saved module.

import Foundation
import TutorCore

/// Saved modules as Markdown, for reading or printing: one section per module with what
/// the learner wrote, the better version, the explanation in English and Korean, tips,
/// practice problems with their answers, and the learner's note and tags. Stored text is
/// printed without control characters or escape sequences: the page often goes to a terminal.
public enum MarkdownExport {
    /// The whole page for `modules`, titled with the learner's name, one section per module
    /// in the order given.
    public static func render(_ modules: [ExportedModule], learner: String) -> String {
        var lines = [
            "# Saved modules of \(TextSanitizer.printable(learner))", "",
            "\(modules.count) module\(modules.count == 1 ? "" : "s").", "",
        ]
        for (number, exported) in modules.enumerated() {
            lines += section(exported, number: number + 1)
        }
        return lines.joined(separator: "\n")
    }

    static func section(_ exported: ExportedModule, number: Int) -> [String] {
        let saved = exported.saved
        let module = saved.module
        var lines = [
            "## \(number). \(TextSanitizer.printable(module.focus.label.en)) · \(TextSanitizer.printable(module.focus.label.ko))",
            "",
            "- Saved: \(day(saved.savedAt)) (id \(saved.id)); type `\(module.focus.errorType.rawValue)`",
        ]
        if !saved.tags.isEmpty {
            lines.append("- Tags: \(saved.tags.map { "`\(TextSanitizer.printable($0))`" }.joined(separator: ", "))")
        }
        if let note = saved.note, !note.isEmpty { lines.append("- Note: \(inline(note))") }
        let card = exported.item.card
        lines.append(
            card.state == .new
                ? "- Not reviewed yet"
                : "- \(card.state.name), next review \(day(card.due)), \(exported.reviews.count) review(s)")
        lines += [
            "", "> \(inline(module.utterance.text))", "",
            "**\(inline(module.focus.original)) → \(inline(module.focus.correction))**: \(inline(module.correctedSentence))",
            "",
            inline(module.explanation.en), "", inline(module.explanation.ko), "",
        ]
        if !module.tips.isEmpty {
            lines.append("Tips:")
            lines += module.tips.map { "- \(inline($0.en)) (\(inline($0.ko)))" }
            lines.append("")
        }
        for (index, problem) in module.problems.enumerated() {
            lines.append("\(index + 1). \(inline(problem.instruction.en)) \(inline(problem.text))")
            if let choices = problem.choices {
                lines.append("   Choices: \(choices.map(inline).joined(separator: " / "))")
            }
            lines.append("   Answer: \(inline(problem.answer))")
        }
        lines.append("")
        return lines
    }

    /// Text on one Markdown line: control characters and escape sequences go, newlines become
    /// spaces and markup characters are escaped, so a learner's `*` or `_` stays a character.
    static func inline(_ text: String) -> String {
        var escaped = ""
        for character in TextSanitizer.printable(text) {
            switch character {
            case "\n", "\r", "\t": escaped.append(" ")
            case "\\", "*", "_", "`", "[", "]", "<", ">", "#", "|": escaped += "\\\(character)"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
