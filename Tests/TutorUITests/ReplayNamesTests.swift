// A replay names the recording's learners as `analyze` and the plain mode do, not "You".

import Foundation
import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

@Suite("Replay speaker names")
struct ReplayNamesTests {
    static func replayState(_ file: String) throws -> AppState {
        let transcript = try TranscriptParser.parse(Data(file.utf8), sourceName: "names.txt")
        var state = baseState(columns: 80, rows: 12)
        state.interviewer = nil
        state.replay = ReplayState(transcript, speed: 1)
        state.entries = transcript.lines.map { ChatEntry(speaker: $0.speaker, text: $0.text) }
        return state
    }

    static let named = """
        @title Names
        @kind recording
        @learner Jiwoo
        @learner-b Hana

        learner: I go to the library yesterday.
        learner-b: Me too, I study there.

        """

    @Test("the recording's @learner names label its lines, on the screen")
    func named() throws {
        let state = try Self.replayState(Self.named)
        let screen = Renderer.render(state).screen
        try GoldenScreen.check(screen, "replay-names-80x12")
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("Jiwoo: I go to the library") && text.contains("Hana: Me too"))
        #expect(!text.contains("You:"), "a recording's learner is not 'you'")
    }

    @Test("without names, Learner A and Learner B, as analyze says; outside a replay the learner is 'You'")
    func unnamed() throws {
        let file = Self.named.replacingOccurrences(of: "@learner Jiwoo\n@learner-b Hana\n", with: "")
        let text = Renderer.render(try Self.replayState(file)).screen.lines.joined(separator: "\n")
        #expect(text.contains("Learner A: I go to") && text.contains("Learner B: Me too"))
        var chat = try Self.replayState(file)
        chat.replay = nil
        let chatText = Renderer.render(chat).screen.lines.joined(separator: "\n")
        #expect(chatText.contains("You: I go to"), "the negative control: a live chat's learner is 'You'")
    }
}
