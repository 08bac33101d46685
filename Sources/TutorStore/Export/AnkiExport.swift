// The Anki export: one note per practice problem, with a stable GUID so a re-import updates.

import Foundation
import TutorCore

/// Saved modules as an Anki plain-text import file (Anki 2.1.55+ file headers): tab
/// separated, HTML fields, Basic note type, one note per problem. The GUID of a problem is
/// derived from its module id and position, so importing a newer export updates the notes
/// instead of adding duplicates.
public enum AnkiExport {
    /// The columns: GUID, Front, Back, Tags.
    public static let columnCount = 4

    /// The whole import file for `modules`: the headers that name `deck` and the columns,
    /// then one tab-separated note per practice problem.
    public static func render(_ modules: [ExportedModule], deck: String) -> String {
        var lines = [
            "#separator:tab", "#html:true", "#guid column:1", "#notetype:Basic",
            "#deck:\(singleLine(deck))", "#tags column:\(columnCount)",
        ]
        for exported in modules {
            let module = exported.saved.module
            let tags = (["chattutor", module.focus.errorType.rawValue] + exported.saved.tags).map(tag)
            for (index, problem) in module.problems.enumerated() {
                let fields = [
                    guid(moduleID: module.id, problemIndex: index), front(problem), back(problem, module),
                    tags.joined(separator: " "),
                ]
                lines.append(fields.joined(separator: "\t"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The note's GUID: the same module and problem always give the same one.
    public static func guid(moduleID: String, problemIndex: Int) -> String {
        "ct-" + StableHash.hex("\(moduleID)\u{1F}\(problemIndex)")
    }

    static func front(_ problem: Problem) -> String {
        var html =
            "\(escape(problem.instruction.en))<br>\(escape(problem.instruction.ko))<br><br><b>\(escape(problem.text))</b>"
        if let choices = problem.choices {
            html += "<ol>" + choices.map { "<li>\(escape($0))</li>" }.joined() + "</ol>"
        }
        return html
    }

    static func back(_ problem: Problem, _ module: TeachingModule) -> String {
        "<b>\(escape(problem.answer))</b><br><br>\(escape(module.correctedSentence))<br><br>"
            + "\(escape(module.explanation.en))<br>\(escape(module.explanation.ko))"
    }

    /// HTML-escapes text for a field; tabs and newlines (which would end a field or a note)
    /// become spaces and line breaks, and other control characters and escape sequences go.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in TextSanitizer.printable(text, keepNewlines: true) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\t": escaped += " "
            case "\n", "\r\n", "\r": escaped += "<br>"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// An Anki tag: no spaces (they separate tags), no control characters.
    static func tag(_ text: String) -> String {
        String(TextSanitizer.printable(text).map { $0.isWhitespace ? "_" : $0 })
    }

    /// A header's value: one line, no control characters.
    static func singleLine(_ text: String) -> String {
        TextSanitizer.printable(text)
    }
}
