// Benchmarks of the TUI model that print figures: frame render time at 200×60, and the
// bytes a frame's diff would write, each against a baseline measured in the same run.

import Foundation
import TerminalKit
import TutorCore
import TutorUI

/// A busy chat: many messages with Hangul and emoji, modules, an input line.
func busyState(messages: Int) -> AppState {
    var state = AppState(
        size: TerminalSize(columns: 200, rows: 60), theme: .mono, conversationID: "bench", userName: "bench",
        analyserName: "builtin-rules/1")
    state.interviewer = InterviewerState(scriptTitle: "Benchmark", lines: ["Question?"])
    let texts = [
        "Yesterday i go to the park with my friend and we eat 김치 together, it was very fun 😀",
        "What do you usually do on weekends? Tell me about your favourite place in the city.",
        "저는 학생이에요. I study computer science at a university in Seoul since two year.",
    ]
    for index in 0..<messages {
        state.entries.append(
            ChatEntry(
                speaker: index % 2 == 0 ? .learnerA : .interviewer, text: texts[index % texts.count] + " #\(index)"))
    }
    state.input.insert("I am typing a message with 한글 in it")
    return state
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

func measure(_ count: Int, _ body: (Int) -> Void) -> [Double] {
    var times: [Double] = []
    for index in 0..<count {
        let start = ContinuousClock.now
        body(index)
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
    }
    return times.sorted()
}

let frames = 500
var state = busyState(messages: 1_000)
var previous: ScreenBuffer?
var writtenCells = 0
// The app's work per keystroke: render the whole state, then diff against the last frame.
let render = measure(frames) { index in
    state.input.insert(index % 2 == 0 ? "a" : "한")
    let frame = Renderer.render(state)
    writtenCells += frame.screen.changes(since: previous).reduce(0) { $0 + $1.cells.count }
    previous = frame.screen
}
// Baseline: the least any full-screen renderer must do, writing 60 rows of text into a buffer.
let line = String(repeating: "abcdefghij한글", count: 17)
let baseline = measure(frames) { _ in
    var screen = ScreenBuffer(size: TerminalSize(columns: 200, rows: 60))
    for row in 0..<60 { screen.write(line, column: 0, row: row, style: .plain) }
    _ = screen.changes(since: nil)
}
let report: [String: Any] = [
    "screen": "200x60", "messages": 1_000, "frames": frames,
    "renderMicroseconds": ["p50": percentile(render, 0.5).rounded(), "p99": percentile(render, 0.99).rounded()],
    "baselineMicroseconds": ["p50": percentile(baseline, 0.5).rounded(), "p99": percentile(baseline, 0.99).rounded()],
    "ratioToBaselineP50": (percentile(render, 0.5) / percentile(baseline, 0.5) * 100).rounded() / 100,
    "changedCellsPerKeystroke": Double(writtenCells) / Double(frames),
]
let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
