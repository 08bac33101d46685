// The module side pane: the list of modules, or one module's detail with its problems.

import TerminalKit
import TutorCore

enum ModulePaneView {
    /// What the empty pane says: when the first modules will come (how many more messages
    /// until the next analysis), that none came, or that no more will. `short` is the one-line
    /// form the narrow chat shows in the rule above its input.
    static func waitingText(_ state: AppState, short: Bool = false) -> String {
        let progress = state.progress
        let strings = state.strings
        if state.reachedModuleCap { return capText(state, short: short) }
        if progress.isBusy { return short ? strings("modules.short.busy") : strings("modules.busy") }
        if progress.isDone { return short ? strings("modules.short.none") : strings("modules.none") }
        let every =
            state.batchSize == 1
            ? strings("modules.every_one") : strings("modules.every_batch", ["count": state.batchSize])
        guard let remaining = messagesUntilNextAnalysis(state) else {
            return short
                ? strings("modules.short.promise", ["every": every]) : strings("modules.promise", ["every": every])
        }
        if short { return strings.count("modules.short.until_next", remaining) }
        let nothingYet =
            progress.messagesAnalysed > 0 ? strings("modules.nothing_yet", ["count": progress.messagesAnalysed]) : ""
        return nothingYet + strings.count("modules.until_next", remaining, ["every": every])
    }

    /// What comes next once there are modules, under the list (and in the narrow chat's rule):
    /// no more (the cap), the analysis under way, or how many messages until the next one.
    /// Nil once the conversation has ended and nothing is being analysed.
    static func nextText(_ state: AppState, short: Bool) -> String? {
        if state.reachedModuleCap { return capText(state, short: short) }
        if state.progress.isBusy { return state.strings("modules.short.busy") }
        return messagesUntilNextAnalysis(state).map { state.strings.count("modules.short.until_next", $0) }
    }

    /// The learner's messages still to send before their batch is analysed; nil before the
    /// first message and once the conversation has ended.
    static func messagesUntilNextAnalysis(_ state: AppState) -> Int? {
        let sent = state.entries.filter { $0.speaker == state.learner }.count
        guard sent > 0, !state.conversationEnded, !state.progress.isDone else { return nil }
        return state.batchSize - sent % state.batchSize
    }

    /// That the engine makes no more modules in this conversation, and what to do about it.
    static func capText(_ state: AppState, short: Bool) -> String {
        state.strings(short ? "modules.short.cap" : "modules.cap", ["count": state.maximumModules])
    }

    /// The narrow chat's word on the modules, for the rule above its input, longest first (the
    /// rule shows the first that fits): how many came unseen (accented), else how many there
    /// are; each with what comes next (`nextText`); else when the first will come.
    static func ruleLabel(_ state: AppState) -> (texts: [String], role: Theme.Role) {
        let strings = state.strings
        let next = nextText(state, short: true)
        if state.unseenModuleCount > 0 {
            let arrived = strings.count("modules.arrived", state.unseenModuleCount)
            return ((next.map { [arrived + " · " + $0] } ?? []) + [arrived], .accent)
        }
        guard !state.visibleModules.isEmpty else { return ([waitingText(state, short: true)], .dim) }
        let saved = state.savedCount > 0 ? strings("modules.title_saved", ["count": state.savedCount]) : ""
        let count = strings("modules.title", ["count": state.validatedCount]).trimmedSpaces + saved
        // The cap's words say the count themselves.
        if state.reachedModuleCap, let next { return ([next + saved, next, count], .dim) }
        return ((next.map { [count + " · " + $0] } ?? []) + [count], .dim)
    }

    static func draw(_ state: AppState, in rect: Rect, on screen: inout ScreenBuffer) -> CursorPosition? {
        let theme = state.theme
        let visible = state.visibleModules
        let focused = state.focus != .input && state.overlay == nil
        let title =
            state.strings("modules.title", ["count": state.validatedCount])
            + (state.savedCount > 0 ? state.strings("modules.title_saved", ["count": state.savedCount]) : "") + " "
        screen.write(
            TextWrapping.truncate(title, width: rect.width), column: rect.column, row: rect.row,
            style: focused ? theme[.accent] : theme[.title], clip: rect)
        let body = Rect(
            column: rect.column + 1, row: rect.row + 1, width: max(0, rect.width - 2), height: max(0, rect.height - 1))
        if let detail = state.detail, state.modules.indices.contains(detail.moduleIndex) {
            return DetailView.draw(
                state.modules[detail.moduleIndex], detail: detail, state: state, in: body, on: &screen)
        }
        guard !visible.isEmpty else {
            screen.draw(StyledLine.wrapped(waitingText(state), style: theme[.dim], width: body.width), in: body)
            return nil
        }
        // Under the list, what comes next: the count of messages until the next analysis, or
        // that the cap is reached.
        let footer =
            nextText(state, short: false).map {
                StyledLine.wrapped($0, style: theme[state.reachedModuleCap ? .warning : .dim], width: body.width)
            } ?? []
        let listRect = Rect(
            column: body.column, row: body.row, width: body.width,
            height: footer.count < body.height ? body.height - footer.count : body.height)
        if footer.count < body.height {
            screen.draw(
                footer, in: Rect(column: body.column, row: listRect.maxRow, width: body.width, height: footer.count))
        }
        var lines: [StyledLine] = []
        var selectedLine = 0
        for index in visible {
            let entry = state.modules[index]
            let module = entry.module
            let selected = index == state.selectedModule
            if selected { selectedLine = lines.count }
            var style = entry.highlightTicks > 0 ? theme[.highlight] : theme[.text]
            if selected { style = focused ? theme[.selection] : theme[.accent] }
            let marker = entry.rejection != nil ? "✗ " : entry.isSaved ? "★ " : selected ? "▸ " : "  "
            lines.append(
                StyledLine(
                    TextWrapping.truncate(marker + state.strings.pick(module.focus.label), width: body.width), style))
            let original = module.focus.original.isEmpty ? "…" : module.focus.original
            let correction = module.focus.correction.isEmpty ? state.strings("modules.delete") : module.focus.correction
            lines.append(
                StyledLine(
                    TextWrapping.truncate("  \(original) → \(correction)", width: body.width),
                    entry.rejection != nil ? theme[.error] : theme[.dim]))
            if let rejection = entry.rejection {
                let reason =
                    rejection.failures.first.map { "\($0.name): \($0.reason ?? "")" }
                    ?? state.strings("modules.rejected")
                lines.append(StyledLine(TextWrapping.truncate("  " + reason, width: body.width), theme[.error]))
            }
        }
        // Scroll the list so the selection stays in view.
        let first = max(0, min(selectedLine - listRect.height / 2, lines.count - listRect.height))
        screen.draw(Array(lines[first...]), in: listRect)
        return nil
    }
}

enum DetailView {
    /// The answer line's key hint, longest first: the module shows the first that fits whole.
    static func answerHints(_ strings: Strings) -> [String] {
        ["keys", "keys_short", "keys_shorter", "keys_shortest"].map { strings("modules.detail.\($0)") }
    }

    /// The row that says `count` of a module's problems are below the fold, in the longest
    /// form that fits whole; nil when none is, or no form fits.
    static func practicePointer(_ count: Int, _ strings: Strings, width: Int) -> String? {
        guard count > 0 else { return nil }
        return ChatPaneView.firstFitting(
            ["below", "below_short"].map { strings.count("modules.detail.\($0)", count) }, width: width)
    }

    static func draw(
        _ entry: ModuleEntry, detail: DetailState, state: AppState, in rect: Rect, on screen: inout ScreenBuffer
    ) -> CursorPosition? {
        let theme = state.theme
        let module = entry.module
        let width = rect.width
        var lines: [StyledLine] = []
        func add(_ text: String, _ role: Theme.Role, prefix: (String, Theme.Role)? = nil) {
            lines += StyledLine.wrapped(
                text, style: theme[role], width: width, prefix: prefix.map { ($0.0, theme[$0.1]) })
        }
        add(state.strings.bothOnOneLine(module.focus.label), .title)
        if let rejection = entry.rejection {
            for failure in rejection.failures {
                add("\(failure.name): \(failure.reason ?? "")", .error, prefix: ("✗ ", .error))
            }
        }
        let strings = state.strings
        add(module.utterance.text, .text, prefix: (strings("modules.detail.you_wrote"), .dim))
        add(module.correctedSentence, .success, prefix: (strings("modules.detail.better"), .dim))
        lines.append(StyledLine())
        // The explanation in the interface's language first; both, since the module teaches in both.
        for text in strings.both(module.explanation) { add(text, .text) }
        lines.append(StyledLine())
        for tip in module.tips {
            add(strings.bothOnOneLine(tip), .dim, prefix: ("• ", .accent))
        }
        lines.append(StyledLine())
        // The problems under a heading, so they read as something to do.
        var problemLines: [Int] = []
        let headingLine = lines.count
        if !module.problems.isEmpty { add(strings.count("modules.detail.practice", module.problems.count), .title) }
        var answerLine = 0
        for (index, problem) in module.problems.enumerated() {
            let current = index == detail.problemIndex
            problemLines.append(index == 0 ? headingLine : lines.count)
            add(
                strings.pick(problem.instruction), current ? .accent : .text,
                prefix: ("\(index + 1). ", current ? .accent : .dim))
            add(problem.text, .text, prefix: ("   ", .text))
            if let choices = problem.choices {
                for (number, choice) in choices.enumerated() {
                    add(choice, .text, prefix: ("   (\(number + 1)) ", .dim))
                }
            }
            if let result = detail.results[index] {
                // The mark stands beside what the learner typed, with the right answer under a wrong one.
                add(
                    problem.shownAnswer(result.given) + (result.grade.isCorrect ? " ✓" : " ✗"),
                    result.grade.isCorrect ? .success : .error,
                    prefix: (strings("modules.detail.you"), .dim))
                switch result.grade {
                case .correct: break
                case .correctWithTypo(let expected):
                    add(expected, .success, prefix: (strings("modules.detail.spelling"), .dim))
                case .taughtErrorFixed(let full):
                    add(full, .success, prefix: (strings("modules.detail.all_fixed"), .dim))
                case .taughtErrorFixedWithChanges(let changes):
                    add(changes.described(strings), .dim, prefix: (strings("modules.detail.also_changed"), .dim))
                case .taughtErrorFixedWithErrors(let changes, let corrections):
                    add(changes.described(strings), .dim, prefix: (strings("modules.detail.also_changed"), .dim))
                    add(corrections.described(strings), .error, prefix: (strings("modules.detail.but_fix"), .dim))
                case .incorrect:
                    add(problem.shownAnswer(problem.answer), .success, prefix: (strings("modules.detail.answer"), .dim))
                }
            }
            if current {
                answerLine = lines.count
                lines.append(StyledLine([("   › ", theme[.accent]), (detail.answer.text, theme[.text])]))
            }
        }
        lines.append(StyledLine())
        // The keys stand on one line, whole, in the longest form that fits, or not at all.
        if let keys = ChatPaneView.firstFitting(answerHints(strings), width: width) { add(keys, .dim) }
        let scroll = min(detail.scroll, max(0, lines.count - rect.height))
        // A module opens at its top ("You wrote", "Better"); once the learner answers, the answer
        // line stays in view unless they scrolled.
        let untouched = detail.answer.text.isEmpty && detail.results.isEmpty && detail.problemIndex == 0
        let first =
            detail.scroll == 0 && !untouched
            ? max(0, min(answerLine - rect.height + 3, lines.count - rect.height)) : scroll
        // Problems below the fold are announced on the last row, where the learner looks for
        // more: how many there are, and the keys that bring them up. A problem is below when
        // it starts on that row or later (the first one with the practice heading above it),
        // or its answer line would be covered.
        let lastRow = first + rect.height - 1
        let below = problemLines.indices.filter {
            problemLines[$0] >= lastRow || ($0 == detail.problemIndex && answerLine >= lastRow)
        }.count
        if let pointer = practicePointer(below, strings, width: width), rect.height > 2 {
            screen.draw(
                Array(lines[first...]),
                in: Rect(column: rect.column, row: rect.row, width: width, height: rect.height - 1))
            screen.draw(
                [StyledLine(pointer, theme[.accent])],
                in: Rect(column: rect.column, row: rect.maxRow - 1, width: width, height: 1))
        } else {
            screen.draw(Array(lines[first...]), in: rect)
        }
        guard state.focus == .detail, state.overlay == nil, answerLine >= first, answerLine < first + rect.height else {
            return nil
        }
        let typed = String(detail.answer.characters.prefix(detail.answer.cursor))
        return CursorPosition(
            column: min(rect.maxColumn - 1, rect.column + 5 + DisplayWidth.of(typed)),
            row: rect.row + answerLine - first)
    }
}
