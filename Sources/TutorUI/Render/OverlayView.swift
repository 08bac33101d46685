// Boxes drawn over the screen: help, the end-of-conversation summary, quit confirmation.

import TerminalKit
import TutorCore

enum OverlayView {
    /// The help box's entries, in order: each is `help.ID.keys` and `help.ID.text` in the catalogue.
    static let helpEntries = [
        "send", "newline", "history", "move", "delete", "scroll", "mouse", "marks", "export", "switch", "open", "save",
        "back", "end", "interviewer", "replay", "help", "quit",
    ]

    /// The help box's lines: keys and what they do, in the state's language.
    static func helpLines(_ strings: Strings) -> [(String, String)] {
        helpEntries.map { (strings("help.\($0).keys"), strings("help.\($0).text")) }
    }

    static func draw(_ overlay: Overlay, _ state: AppState, on screen: inout ScreenBuffer) {
        let theme = state.theme
        switch overlay {
        case .help:
            let helpLines = helpLines(state.strings)
            let keyWidth = helpLines.map { DisplayWidth.of($0.0) }.max() ?? 10
            let lines = helpLines.map {
                StyledLine([
                    ($0.0 + String(repeating: " ", count: keyWidth + 2 - DisplayWidth.of($0.0)), theme[.accent]),
                    ($0.1, theme[.text]),
                ])
            }
            box(
                title: state.strings("help.title"),
                lines: lines + [StyledLine(), StyledLine(state.strings("help.close"), theme[.dim])], state,
                &screen)
        case .confirmQuit(let unsaved):
            box(
                title: "Quit?",
                lines: [
                    StyledLine(
                        "\(unsaved) module\(unsaved == 1 ? " is" : "s are") not saved and will be lost.",
                        theme[.warning]),
                    StyledLine("Quit anyway? y: quit · any other key: stay", theme[.text]),
                ], state, &screen)
        case .summary:
            box(title: "Conversation summary", lines: summaryLines(state), state, &screen)
        case .endingForBoth:
            let spinner = StatusBarView.spinner[state.spinnerFrame % StatusBarView.spinner.count]
            box(
                title: "Ending for both…",
                lines: [
                    StyledLine("\(spinner) Sending the other learner's remaining modules and summary.", theme[.text]),
                    StyledLine(
                        "Quitting when they are out (at most \(Reducer.endingForBothLimit.components.seconds) s).",
                        theme[.text]),
                    StyledLine(),
                    StyledLine("Ctrl-C: quit now", theme[.dim]),
                ], state, &screen)
        }
    }

    static func summaryLines(_ state: AppState) -> [StyledLine] {
        let theme = state.theme
        var lines = [
            StyledLine("Messages analysed: \(state.progress.messagesAnalysed)", theme[.text]),
            StyledLine(
                "Modules: \(state.validatedCount) ready, \(state.rejectedCount) rejected, \(state.savedCount) saved",
                theme[.text]),
            StyledLine(),
        ]
        let counts = Dictionary(grouping: state.progress.findingsByType, by: { CategoryNames.name(for: $0.key) })
            .mapValues { $0.reduce(0) { $0 + $1.value } }
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        if counts.isEmpty {
            lines.append(StyledLine("No errors found. Well done!", theme[.success]))
        } else {
            lines.append(StyledLine("Findings by category", theme[.title]))
            let labelWidth = counts.map { DisplayWidth.of($0.key) }.max() ?? 8
            let largest = counts.map(\.value).max() ?? 1
            for (name, count) in counts {
                let bar = String(repeating: " ", count: max(1, count * 24 / max(largest, 1)))
                lines.append(
                    StyledLine([
                        (name.padding(toLength: labelWidth + 1, withPad: " ", startingAt: 0), theme[.text]),
                        (bar, theme[.bar]), (" \(count)", theme[.text]),
                    ]))
            }
        }
        let keys =
            state.visibleModules.isEmpty
            ? "Esc: close · Ctrl-C: quit" : "Esc: close, then the modules · s: save the selected one · Ctrl-C: quit"
        lines += [
            StyledLine(), StyledLine(keys, theme[.dim]),
            StyledLine("e: keep this conversation and its findings in a file", theme[.dim]),
        ]
        return lines
    }

    /// A bordered box in the middle of the screen, as wide as its content allows.
    static func box(title: String, lines: [StyledLine], _ state: AppState, _ screen: inout ScreenBuffer) {
        let theme = state.theme
        let contentWidth = lines.map { $0.pieces.reduce(0) { $0 + DisplayWidth.of($1.text) } }.max() ?? 0
        let width = min(state.size.columns - 2, max(DisplayWidth.of(title) + 6, contentWidth + 4))
        let height = min(state.size.rows - 2, lines.count + 2)
        let rect = Rect(
            column: (state.size.columns - width) / 2, row: max(0, (state.size.rows - height) / 2), width: width,
            height: height)
        screen.paint(rect, style: theme[.text])
        let horizontal = String(repeating: "─", count: max(0, width - 2))
        screen.write("┌" + horizontal + "┐", column: rect.column, row: rect.row, style: theme[.border])
        screen.write("└" + horizontal + "┘", column: rect.column, row: rect.maxRow - 1, style: theme[.border])
        for row in (rect.row + 1)..<(rect.maxRow - 1) {
            screen.write("│", column: rect.column, row: row, style: theme[.border])
            screen.write("│", column: rect.maxColumn - 1, row: row, style: theme[.border])
        }
        screen.write(" \(title) ", column: rect.column + 2, row: rect.row, style: theme[.title], clip: rect)
        let inner = Rect(column: rect.column + 2, row: rect.row + 1, width: width - 4, height: height - 2)
        screen.draw(lines, in: inner)
    }
}

/// Learner-facing names of ERRANT categories, for the summary's bar chart.
/// What a learner reads for an ERRANT category: a name true of every rule (or model finding)
/// of that category. ORTH holds "every day"/"everyday" as well as capitals; ADJ:FORM holds the
/// -ed/-ing adjectives as well as comparatives; NOUN holds Konglish and other word choices.
enum CategoryNames {
    static func name(for type: ErrorType) -> String {
        switch type.category {
        case "DET": "Articles and determiners"
        case "NOUN:NUM", "NOUN:INFL": "Noun number"
        case "NOUN:POSS": "Possessives"
        case "VERB:SVA": "Subject–verb agreement"
        case "VERB:TENSE": "Tense"
        case "VERB:FORM", "VERB:INFL", "PART": "Verb forms"
        case "VERB": "Verb choice"
        case "PREP": "Prepositions"
        case "WO": "Word order"
        case "ORTH": "Capitals and spacing"
        case "SPELL": "Spelling"
        case "ADJ", "ADJ:FORM": "Adjectives"
        case "ADV": "Adverbs"
        case "MORPH": "Word forms"
        case "NOUN": "Word choice"
        case "PRON": "Pronouns"
        case "CONJ": "Conjunctions"
        case "PUNCT": "Punctuation"
        case "CONTR": "Contractions"
        default: "Other"
        }
    }
}
