// What the plain mode prints: the chat's changes as lines, with no screen, colour or cursor.

import TutorCore
import TutorUI

/// Says in lines what a step changed in the chat: new messages with their speaker, notices,
/// the end of the conversation, lessons as they arrive, the summary. Every piece of text goes
/// through `TextSanitizer.printable`, so nothing typed or generated can move the cursor or
/// change the terminal; nothing is drawn (no boxes, spinners or colours), so a screen reader
/// or a braille display gets only words.
enum PlainRenderer {
    /// The lines for the change from `before` to `state.app`; marks them printed in `state`.
    static func changes(from before: AppState, _ state: inout PlainState) -> [String] {
        let app = state.app
        let strings = app.strings
        var lines: [String] = []
        // A streaming reply is said once it is whole.
        let streaming = app.liveInterviewer?.isStreaming == true ? app.liveInterviewer?.entryIndex : nil
        let limit = min(streaming ?? app.entries.count, app.entries.count)
        while state.printedEntryCount < limit {
            lines += entry(app.entries[state.printedEntryCount], state)
            state.printedEntryCount += 1
        }
        if let notice = app.notice { lines.append(inline(notice)) }
        state.app.notice = nil
        if !before.conversationEnded, app.conversationEnded { lines.append(strings("plain.ended")) }
        if before.interviewer?.isFinished != true, app.interviewer?.isFinished == true {
            lines.append(strings("plain.last_question"))
        }
        switch app.overlay {
        case .summary:
            lines += announce(&state, roundOver: false) + summary(state)
            state.app.overlay = nil
        case .help, .confirmQuit:
            state.app.overlay = nil
        case .endingForBoth, nil:
            break
        }
        return lines
    }

    /// A chat entry as lines: the speaker's name, then the text (a line break in it starts a
    /// new line). The chat's own notes are not printed (the plain mode says its own), except in
    /// talk, where they are the other side's news: the join code, a join, a leave, the end.
    static func entry(_ entry: ChatEntry, _ state: PlainState) -> [String] {
        let strings = state.app.strings
        let pieces = TextSanitizer.printable(entry.text, keepNewlines: true).split(separator: "\n").map(String.init)
        guard let first = pieces.first else { return [] }
        let said: String
        switch entry.speaker {
        case .interviewer: said = strings("plain.interviewer", ["text": first])
        case .system:
            guard state.app.talk != nil else { return [] }
            said = first
        case _ where state.app.replay != nil:
            said = state.app.speakerLabel(entry.speaker) + ": " + first  // every learner of a recording, by name
        case state.app.learner:
            guard state.settings.echoesLearnerLines else { return [] }
            said = strings("plain.learner", ["text": first])
        default:
            // The other learner in talk, by the name they joined or host with.
            guard state.app.talk != nil else { return [] }
            said = state.app.peerLabel(entry.speaker) + ": " + first
        }
        return [said] + pieces.dropFirst()
    }

    /// The lessons not yet announced, numbered, with what to do with them; after a round with
    /// none, says so.
    static func announce(_ state: inout PlainState, roundOver: Bool) -> [String] {
        let strings = state.app.strings
        let lessons = state.lessons
        guard lessons.count > state.announcedCount else {
            return roundOver && !state.app.conversationEnded ? [strings("plain.no_new_lessons")] : []
        }
        let first = state.announcedCount + 1
        var lines = [strings.count("plain.new_lessons", lessons.count - state.announcedCount)]
        for number in first...lessons.count {
            lines.append(lessonLine(state.app.modules[lessons[number - 1]], number: number, strings))
        }
        lines.append(strings("plain.lesson_actions", ["number": first]))
        state.announcedLessons = lessons
        return lines
    }

    /// One line naming a lesson: its number, what it teaches, the change.
    static func lessonLine(_ entry: ModuleEntry, number: Int, _ strings: Strings) -> String {
        let focus = entry.module.focus
        var line = strings(
            "plain.lesson_line",
            [
                "number": number, "label": inline(strings.pick(focus.label)), "original": inline(focus.original),
                "correction": focus.correction.isEmpty ? strings("plain.delete") : inline(focus.correction),
            ])
        if entry.isSaved { line += " " + strings("plain.saved_mark") }
        if entry.rejection != nil { line += " " + strings("plain.rejected_mark") }
        return line
    }

    /// `/lessons`: every lesson so far, or when they will come.
    static func lessonList(_ state: PlainState) -> [String] {
        let lessons = state.lessons
        guard !lessons.isEmpty else { return [noSuchLesson(1, state)] }
        return lessons.enumerated().map {
            lessonLine(state.app.modules[$0.element], number: $0.offset + 1, state.app.strings)
        }
    }

    /// Why lesson `number` is not there: how many there are, or when the first ones come.
    static func noSuchLesson(_ number: Int, _ state: PlainState) -> String {
        let strings = state.app.strings
        let count = state.lessons.count
        if count > 0 { return strings.count("plain.no_such_lesson", count, ["number": number]) }
        if state.app.progress.isDone { return strings("plain.no_lessons_done") }
        return strings.count("plain.no_lessons_yet", state.app.batchSize)
    }

    /// `/show N`: the lesson as the TUI's detail view has it, without its answers.
    static func lesson(_ entry: ModuleEntry, number: Int, _ strings: Strings) -> [String] {
        let module = entry.module
        var lines = [title(module, number: number, strings)]
        for failure in entry.rejection?.failures ?? [] {
            lines.append(strings("plain.show.rejected", ["reason": inline("\(failure.name): \(failure.reason ?? "")")]))
        }
        lines += [
            strings("plain.show.wrote", ["text": inline(module.utterance.text)]),
            strings("plain.show.better", ["text": inline(module.correctedSentence)]),
        ]
        lines += bothLanguages(module.explanation, strings)
        lines += tips(module, strings)
        if entry.isSaved { lines.append(strings("plain.show.saved")) }
        if !module.problems.isEmpty {
            lines.append(strings.count("plain.show.problems", module.problems.count, ["number": number]))
        }
        return lines
    }

    /// `/show N`'s first line: the lesson's number and label, the interface's language first.
    static func title(_ module: TeachingModule, number: Int, _ strings: Strings) -> String {
        let label = bothLanguages(module.focus.label, strings)
        return strings("plain.show.title", ["number": number, "label": label[0], "other": label[1]])
    }

    /// A module's tips, each in the interface's language first, then the other.
    static func tips(_ module: TeachingModule, _ strings: Strings) -> [String] {
        module.tips.map {
            let tip = bothLanguages($0, strings)
            return strings("plain.show.tip", ["first": tip[0], "second": tip[1]])
        }
    }

    /// A module's text in the interface's language first, then the other, as the TUI shows it.
    static func bothLanguages(_ text: LocalizedText, _ strings: Strings) -> [String] {
        strings.both(text).map(inline)
    }

    /// A problem as lines: which one, what to do, the sentence (its gap said as a word), the choices.
    static func problem(_ module: TeachingModule, at index: Int, _ strings: Strings) -> [String] {
        let problem = module.problems[index]
        var lines = [
            strings(
                "plain.practice.problem",
                [
                    "index": index + 1, "count": module.problems.count,
                    "instruction": inline(strings.pick(problem.instruction)),
                ]),
            inline(problem.text).replacingOccurrences(of: Problem.blank, with: strings("plain.blank")),
        ]
        if let choices = problem.choices {
            for (number, choice) in choices.enumerated() {
                lines.append(strings("plain.practice.choice", ["number": number + 1, "text": inline(choice)]))
            }
        }
        return lines
    }

    /// The summary at the end of the conversation, one fact a line.
    static func summary(_ state: PlainState) -> [String] {
        let app = state.app
        let strings = app.strings
        var lines = [
            strings("plain.summary.title"),
            strings.count("plain.summary.analysed", app.progress.messagesAnalysed),
            strings("plain.summary.lessons", ["ready": app.validatedCount, "saved": app.savedCount]),
        ]
        let counts = SummaryRows.counts(app.progress.findingsByTopic, strings)
        if counts.isEmpty {
            // No message, no analysis: "no errors" would praise what was never written.
            lines.append(
                strings(app.progress.messagesAnalysed == 0 ? "plain.summary.nothing" : "plain.summary.no_findings"))
        } else {
            lines.append(strings("plain.summary.findings"))
            lines += counts.map { strings("plain.summary.category", ["name": $0.name, "count": $0.count]) }
        }
        if !state.inputEnded { lines.append(strings("plain.summary.actions")) }
        return lines
    }

    /// `/help`: every command, one a line.
    static func help(_ strings: Strings, talk: Bool = false) -> [String] {
        strings(talk ? "plain.talk.help" : "plain.help").split(separator: "\n").map(String.init)
    }

    /// Text on one line, safe to print: no control characters or escape sequences.
    static func inline(_ text: String) -> String { TextSanitizer.printable(text) }

    /// An answer shown inside a line, safe to print and ending with exactly one mark: its own
    /// (".", "!", "?"), or a full stop added ("Friday." stays "Friday.", never "Friday..").
    static func closed(_ text: String) -> String {
        var shown = inline(text)
        while shown.last == " " { shown.removeLast() }
        let last = shown.last { !"\"'”’)".contains($0) }
        return last.map { ".!?…".contains($0) } == true || shown.isEmpty ? shown : shown + "."
    }
}
