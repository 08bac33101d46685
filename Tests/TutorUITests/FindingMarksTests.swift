// Where the findings are in the learner's own messages: attached from the analysis, underlined, toggled.

import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

/// A finding of `original` in `text` (its first occurrence), corrected to `suggestion`.
func finding(in text: String, _ original: String, _ suggestion: String, type: ErrorType = "R:VERB:SVA") -> Finding {
    let start = text.range(of: original).map { text[..<$0.lowerBound].unicodeScalars.count } ?? 0
    return Finding(
        span: TextSpan(start: start, end: start + original.unicodeScalars.count), original: original,
        suggestions: [suggestion],
        errorType: type, ruleID: "test.rule",
        message: LocalizedText(en: "Use \(suggestion) here.", ko: "여기에는 \(suggestion)."),
        severity: .medium, confidence: 0.9)
}

/// A missing word: an empty span just before `word`.
func insertion(in text: String, before word: String, _ suggestion: String) -> Finding {
    var missing = finding(in: text, word, suggestion, type: "M:DET")
    missing.span = TextSpan(start: missing.span.start, end: missing.span.start)
    missing.original = ""
    return missing
}

/// The engine's report that a batch of `texts` (the learner's) was analysed, with their findings.
func analysed(_ items: [(String, [Finding])], learner: Speaker = .learnerA) -> AppEvent {
    let analysed = items.enumerated().map { index, item in
        AnalysedUtterance(
            utterance: Utterance(
                conversationID: "c", learner: learner, messageIndex: index, text: item.0, language: .english,
                context: []),
            findings: item.1)
    }
    return .engine(
        .batchAnalysed(
            BatchAnalysed(
                conversationID: "c", learner: learner, batchIndex: 0, utteranceCount: items.count,
                findingCount: items.reduce(0) { $0 + $1.1.count },
                analyser: "test", failure: nil, duration: .zero, analysed: analysed)))
}

/// The chatting screen's two learner messages, analysed: two findings in the first (one in the
/// Hangul-free part, one beside it), and in the second one early and one past the wrap.
func markedState(columns: Int = 120, rows: Int = 30) -> AppState {
    var state = chattingState(columns: columns, rows: rows)
    let first = state.entries[1].text
    let second = state.entries[3].text
    _ = Reducer.reduce(
        &state,
        analysed([
            (first, [finding(in: first, "year", "years", type: "R:NOUN:NUM")]),
            (second, [finding(in: second, "go", "goes"), insertion(in: second, before: "morning", "early")]),
        ]))
    return state
}

/// The (column, row) of every underlined cell.
func underlined(_ screen: ScreenBuffer) -> [(Int, Int)] {
    (0..<screen.size.rows).flatMap { row in
        (0..<screen.size.columns).filter { screen[$0, row].style.underline }.map { ($0, row) }
    }
}

@Suite("Finding marks")
struct FindingMarksTests {
    @Test(
        "an analysed batch puts its findings on the learner's own messages, by text, and says 'nothing found' for the rest"
    )
    func attach() {
        var state = chattingState()
        state.entries.append(ChatEntry(speaker: .interviewer, text: "Thanks."))
        state.entries.append(ChatEntry(speaker: .learnerA, text: "Thanks."))
        let second = state.entries[3].text
        _ = Reducer.reduce(&state, analysed([(second, [finding(in: second, "go", "goes")]), ("Thanks.", [])]))
        #expect(state.entries[1].findings == nil, "not in this batch: not analysed yet")
        #expect(state.entries[3].findings?.map(\.original) == ["go"])
        #expect(state.entries[4].findings == nil, "the interviewer's line of the same text is not the learner's")
        #expect(state.entries[5].findings == [])
    }

    @Test("the same text twice: each analysis goes to the first message not yet analysed")
    func repeatedText() {
        var state = baseState()
        state.entries = [ChatEntry(speaker: .learnerA, text: "He go."), ChatEntry(speaker: .learnerA, text: "He go.")]
        _ = Reducer.reduce(&state, analysed([("He go.", [finding(in: "He go.", "go", "goes")])]))
        #expect(state.entries.map { $0.findings?.count } == [1, nil])
        _ = Reducer.reduce(&state, analysed([("He go.", [])]))
        #expect(state.entries.map { $0.findings?.count } == [1, 0])
    }

    @Test("another learner's batch marks nothing (talk host); a replay marks every learner's")
    func following() {
        var state = baseState()
        state.entries = [ChatEntry(speaker: .learnerB, text: "He go.")]
        _ = Reducer.reduce(&state, analysed([("He go.", [finding(in: "He go.", "go", "goes")])], learner: .learnerB))
        #expect(state.entries[0].findings == nil)
        state.replay = ReplayState(title: "r", lines: [], speed: 1)
        _ = Reducer.reduce(&state, analysed([("He go.", [finding(in: "He go.", "go", "goes")])], learner: .learnerB))
        #expect(state.entries[0].findings?.count == 1)
    }

    @Test("the marks underline exactly the findings' graphemes (a missing word marks the space before its place)")
    func underlines() throws {
        let screen = Renderer.render(markedState()).screen
        try GoldenScreen.check(screen, "marks-120x30", underlines: true)
        let row1 = screen.lines[1]
        let row3 = screen.lines[3]
        let year = try #require(row1.range(of: "year")).lowerBound.utf16Offset(in: row1)
        let go = try #require(row3.range(of: "go ")).lowerBound.utf16Offset(in: row3)
        let morning = try #require(screen.lines[4].range(of: "morning")).lowerBound.utf16Offset(in: screen.lines[4])
        #expect(
            underlined(screen).map { "\($0.0),\($0.1)" } == (year..<year + 4).map { "\($0),1" }
                + [go, go + 1].map { "\($0),3" } + ["\(morning - 1),4"])
    }

    @Test("marks stay on their words when the message wraps narrower, beside Hangul")
    func narrow() throws {
        try GoldenScreen.check(
            Renderer.render(markedState(columns: 50, rows: 16)).screen, "marks-narrow-50x16", underlines: true)
    }

    @Test("F3 and /marks hide the marks and show them again, saying so")
    func toggle() {
        var state = markedState()
        _ = Reducer.reduce(&state, .input(.key(.function(3), [])))
        #expect(!state.showsFindingMarks)
        #expect(state.notice?.hasPrefix("Marks off") == true)
        #expect(underlined(Renderer.render(state).screen).isEmpty)
        _ = Reducer.reduce(&state, .input(.text("/marks")))
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.showsFindingMarks)
        #expect(state.notice?.hasPrefix("Marks on") == true)
        #expect(underlined(Renderer.render(state).screen).count == 7)
    }

    @Test("the marks' notices fit the status bar at 80 columns", arguments: [true, false])
    func noticeFits(on: Bool) {
        var state = markedState(columns: 80, rows: 24)
        state.showsFindingMarks = !on
        _ = Reducer.reduce(&state, .input(.key(.function(3), [])))
        let notice = state.notice ?? ""
        #expect(Renderer.render(state).screen.lines[23].contains(notice))
    }

    @Test("a talk guest's module from the host marks its utterance")
    func guestModuleMarks() {
        var state = baseState()
        state.interviewer = nil
        state.talk = .guest(hostName: "host")
        state.learner = .learnerB
        state.entries = [ChatEntry(speaker: .learnerB, text: "She go to school.")]
        var sample = module(
            "b", label: "Agreement", original: "go", correction: "goes", sentence: "She go to school.",
            corrected: "She goes to school.")
        sample.learner = .learnerB
        _ = Reducer.reduce(&state, .talk(.moduleArrived(sample)))
        _ = Reducer.reduce(&state, .talk(.moduleArrived(sample)))
        #expect(state.entries[0].findings?.map(\.span) == [TextSpan(start: 4, end: 6)])
        #expect(state.entries[0].findings?.first?.suggestions == ["goes"])
    }
}
