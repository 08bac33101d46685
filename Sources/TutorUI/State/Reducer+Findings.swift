// Findings in the chat: analysed messages learn where their findings are; the marks toggle; /export.

import TutorCore

extension Reducer {
    /// Puts each analysed utterance's findings on its chat entry: the first entry of the same
    /// learner and text that is not yet analysed (the engine's text is the entry's, sanitised alike).
    static func attach(_ analysed: [AnalysedUtterance], _ state: inout AppState) {
        for item in analysed {
            let utterance = item.utterance
            guard
                let index = state.entries.firstIndex(where: {
                    $0.speaker == utterance.learner && $0.findings == nil && $0.text == utterance.text
                })
            else { continue }
            state.entries[index].findings = item.findings
        }
    }

    /// A talk guest's module from the host: the host's analysis never reaches this terminal,
    /// so the module's own focus marks its utterance (until an analysis here knows more).
    static func attach(focusOf module: TeachingModule, _ state: inout AppState) {
        guard
            let index = state.entries.firstIndex(where: {
                $0.speaker == module.learner && $0.text == module.utterance.text
            })
        else { return }
        let focus = module.focus
        guard state.entries[index].findings?.contains(where: { $0.span == focus.span }) != true else { return }
        let finding = Finding(
            span: focus.span, original: focus.original, suggestions: [focus.correction], errorType: focus.errorType,
            ruleID: focus.ruleID, message: focus.label, severity: .medium, confidence: module.provenance.confidence)
        state.entries[index].findings = (state.entries[index].findings ?? []) + [finding]
    }

    /// F3 or /marks: the underlines on the learner's findings on or off.
    static func toggleFindingMarks(_ state: inout AppState) -> [AppEffect] {
        state.showsFindingMarks.toggle()
        state.notice =
            state.showsFindingMarks
            ? state.strings("notice.marks_on") : state.strings("notice.marks_off")
        return []
    }

    /// The prefix of the export command; what follows it is the file name.
    static let exportCommand = "/export"

    /// `/export FILE`: asks for the conversation to be written to FILE (.md or .json); `/export`
    /// alone to the default name (`defaultExportName`, numbered when taken). Nothing is written
    /// without the command; a missing or unknown extension is said before anything is tried.
    static func export(to argument: String, _ state: inout AppState) -> [AppEffect] {
        let typed = argument.trimmedSpaces
        let defaultName = state.defaultExportName
        let path = typed.isEmpty ? defaultName : typed
        guard let format = ExportFormat(path: path) else {
            state.notice = state.strings("notice.export.bad_extension")
            return []
        }
        let messages = state.entries.filter { $0.speaker != .system }
        guard messages.contains(where: { $0.speaker.isLearner }) else {
            state.notice = state.strings("notice.export.nothing")
            return []
        }
        state.notice = state.strings("notice.export.exporting")
        return [
            .export(
                ChatExport(
                    path: path, format: format, title: state.conversationTitle, conversationID: state.conversationID,
                    messages: messages, learnerNames: state.learnerNames,
                    numbersIfTaken: Self.stem(path) == Self.stem(defaultName)))
        ]
    }

    /// The summary's `e`: the export command in the input line, with a file name to edit.
    static func prepareExport(_ state: inout AppState) {
        state.overlay = nil
        state.focus = .input
        guard state.input.text.isEmpty else {
            state.notice = state.strings("notice.export.type_command")
            return
        }
        state.input.insert("\(exportCommand) \(state.defaultExportName)")
        state.notice = state.strings("notice.export.edit_name")
    }

    /// A file name without its extension.
    static func stem(_ path: String) -> Substring {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path[...] }
        return path[..<dot]
    }

    static func handle(exported outcome: ExportOutcome, _ state: inout AppState) {
        switch outcome {
        case .written(let path, let messageCount, let findingCount):
            state.notice = state.strings(
                "notice.export.done", ["messages": messageCount, "findings": findingCount, "path": path])
        case .failed(let reason):
            state.notice = state.strings("notice.export.failed", ["reason": reason])
        }
    }
}
