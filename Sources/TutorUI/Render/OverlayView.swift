// Boxes drawn over the screen: help, the end-of-conversation summary, quit confirmation.

import TerminalKit
import TutorCore

enum OverlayView {
    /// The help box's entries, in order: each is `help.ID.keys` and `help.ID.text` in the catalogue.
    static let helpEntries = [
        "send", "newline", "history", "move", "delete", "scroll", "mouse", "marks", "export", "switch", "open", "save",
        "back", "end", "interviewer", "replay", "counts", "help", "quit",
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
                lines: lines + spacer(before: lines.count + 1, state) + [
                    StyledLine(state.strings("help.close"), theme[.dim])
                ],
                state, &screen)
        case .confirmQuit(let unsaved):
            box(
                title: state.strings("summary.quit.title"),
                lines: [
                    StyledLine(state.strings.count("summary.quit.unsaved", unsaved), theme[.warning]),
                    StyledLine(state.strings("summary.quit.ask"), theme[.text]),
                ], state, &screen)
        case .summary:
            box(title: state.strings("summary.title"), lines: summaryLines(state), state, &screen)
        case .endingForBoth:
            let spinner = StatusBarView.spinner[state.spinnerFrame % StatusBarView.spinner.count]
            box(
                title: state.strings("summary.ending.title"),
                lines: [
                    StyledLine(state.strings("summary.ending.sending", ["spinner": spinner]), theme[.text]),
                    StyledLine(
                        state.strings(
                            "summary.ending.waiting", ["seconds": Reducer.endingForBothLimit.components.seconds]),
                        theme[.text]),
                    StyledLine(),
                    StyledLine(state.strings("summary.ending.keys"), theme[.dim]),
                ], state, &screen)
        }
    }

    static func summaryLines(_ state: AppState) -> [StyledLine] {
        let theme = state.theme
        let strings = state.strings
        var lines = [
            StyledLine(strings("summary.analysed", ["count": state.progress.messagesAnalysed]), theme[.text]),
            StyledLine(
                strings(
                    "summary.modules",
                    ["ready": state.validatedCount, "rejected": state.rejectedCount, "saved": state.savedCount]),
                theme[.text]),
        ]
        if state.reachedModuleCap {
            lines += StyledLine.wrapped(
                strings("summary.cap", ["count": state.maximumModules]), style: theme[.warning],
                width: state.size.columns - 6)
        }
        lines.append(StyledLine())
        let counts = SummaryRows.counts(state.progress.findingsByTopic, strings)
        if counts.isEmpty {
            // No message, no analysis: "no errors" would praise what was never written.
            let empty = state.progress.messagesAnalysed == 0 ? "summary.nothing" : "summary.no_errors"
            lines.append(StyledLine(strings(empty), theme[empty == "summary.nothing" ? .text : .success]))
        } else {
            lines.append(StyledLine(strings("summary.by_category"), theme[.title]))
            lines += topicRows(counts, state)
        }
        lines.append(StyledLine())
        // What the last key did ("Saved …", "Saving…"), where the learner is looking.
        if let notice = state.notice { lines.append(StyledLine(notice, theme[.success])) }
        if let save = saveLine(state) { lines.append(StyledLine(save, theme[.accent])) }
        let keys = strings(state.visibleModules.isEmpty ? "summary.keys_empty" : "summary.keys")
        lines += [StyledLine(keys, theme[.dim]), StyledLine(strings("summary.export"), theme[.dim])]
        return lines
    }

    /// What "s" saves, by name: the list's selected module with its title (shortened to fit
    /// the box) and its place in the list; or that it, or every module, is saved already.
    /// Nil when there are no modules.
    static func saveLine(_ state: AppState) -> String? {
        let visible = state.visibleModules
        guard !visible.isEmpty else { return nil }
        let strings = state.strings
        guard state.unsavedCount > 0 else { return strings("summary.all_saved") }
        let position = visible.firstIndex(of: state.selectedModule) ?? 0
        let entry = state.modules[visible[position]]
        func line(_ label: String) -> String {
            let values: [String: any CustomStringConvertible] = [
                "label": label, "position": position + 1, "count": visible.count,
            ]
            return entry.isSaved ? strings("summary.selected_saved", values) : strings("summary.save_selected", values)
        }
        let room = state.size.columns - 6 - DisplayWidth.of(line(""))  // the widest box's inner width
        return line(TextWrapping.truncate(strings.pick(entry.module.focus.label), width: max(8, room)))
    }

    /// The summary's bar chart: a row per topic, its name, a bar and its count. A rule's name
    /// can be long: the bar gives way first, then the name is shortened, so the count stays in the box.
    static func topicRows(_ counts: [(name: String, count: Int)], _ state: AppState) -> [StyledLine] {
        let theme = state.theme
        let largest = max(1, counts.map(\.count).max() ?? 1)
        let countWidth = String(largest).count + 1
        let innerWidth = state.size.columns - 6  // the widest box: 1 column of margin, border and padding a side
        let labelWidth = min(
            counts.map { DisplayWidth.of($0.name) }.max() ?? 8, max(8, innerWidth - countWidth - 2))
        let barRoom = max(1, min(24, innerWidth - labelWidth - 1 - countWidth))
        return counts.map { name, count in
            let shown = TextWrapping.truncate(name, width: labelWidth)
            return StyledLine([
                (shown + String(repeating: " ", count: labelWidth + 1 - DisplayWidth.of(shown)), theme[.text]),
                (String(repeating: " ", count: max(1, count * barRoom / largest)), theme[.bar]),
                (" \(count)", theme[.text]),
            ])
        }
    }

    /// A blank line before a box's last line, when the box has room for it (24 rows hold the
    /// help without it).
    static func spacer(before count: Int, _ state: AppState) -> [StyledLine] {
        count + 3 <= state.size.rows - 2 ? [StyledLine()] : []
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

/// The summary's rows: each grammar topic (`Finding.category`, shared by many rules) named in the
/// learner's language, with its count.
public enum SummaryRows {
    /// The findings per topic, named in `strings`' language, the most frequent first (then by
    /// name): the summary's rows, on the screen and in the plain mode.
    public static func counts(_ findingsByTopic: [LocalizedText: Int], _ strings: Strings)
        -> [(name: String, count: Int)]
    {
        Dictionary(grouping: findingsByTopic, by: { strings.pick($0.key) })
            .map { (name: $0.key, count: $0.value.reduce(0) { $0 + $1.value }) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }
}
