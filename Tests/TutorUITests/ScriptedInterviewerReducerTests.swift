// The scripted interviewer in the chat: the reducer asks TutorCore's ScriptedInterview for the
// reply to what the learner just wrote, types it, then says it.

import Foundation
import Testing
import TutorCore

@testable import TutorUI

private let script = """
    @title Hobbies
    @kind script
    interviewer: Do you have any hobbies?
    followup [hiking, hike]: Nice! Why do you like hiking?
    ask-back: I play the guitar, but not very well yet!
    interviewer: What kind of music do you like?
    interviewer: Bye!
    """

private func chat() throws -> AppState {
    var state = baseState()
    let transcript = try TranscriptParser.parse(Data(script.utf8), sourceName: "hobbies.txt")
    state.interviewer = InterviewerState(scriptTitle: transcript.title, interview: ScriptedInterview(transcript))
    return state
}

/// Sends `text` as the learner and lets the interviewer's typing pause end; the lines the
/// interviewer said.
private func answer(_ text: String, _ state: inout AppState) -> [String] {
    _ = Reducer.reduce(&state, .input(.text(text)))
    let sent = Reducer.reduce(&state, .input(.key(.enter, [])))
    guard let line = state.interviewer?.pendingLine else { return [] }
    #expect(sent.contains(.schedule(.interviewerReply, after: Reducer.typingPause(for: line))))
    return Reducer.reduce(&state, .timer(.interviewerReply)).compactMap {
        if case .send(let message) = $0, message.speaker == .interviewer { message.text } else { nil }
    }
}

@Suite("Reducer: the scripted interviewer listens")
struct ScriptedInterviewerReducerTests {
    @Test("a keyword gets its follow-up, a question asked back an answer before the next question")
    func followsUp() throws {
        var state = try chat()
        _ = Reducer.start(&state)
        #expect(
            Reducer.reduce(&state, .timer(.interviewerReply)) == [
                .send(Message(conversationID: "c", speaker: .interviewer, text: "Do you have any hobbies?"))
            ])
        #expect(answer("I like hiking with my sister.", &state) == ["Nice! Why do you like hiking?"])
        #expect(
            answer("The air is fresh. Do you like it too?", &state) == [
                "I play the guitar, but not very well yet! What kind of music do you like?"
            ])
        #expect(answer("I listen to a lot of K-pop.", &state) == ["Bye!"])
        #expect(
            state.entries.last
                == ChatEntry(
                    speaker: .system,
                    text: "That was the last question. Type /end or press Ctrl-E to finish and see your summary."))
        #expect(answer("Thank you!", &state) == [])
        #expect(state.notice == "The interview is over: type /end or press Ctrl-E to see your summary.")
    }

    @Test("a line the learner sends while the interviewer types does not change its reply")
    func typingIgnoresExtraLines() throws {
        var state = try chat()
        _ = Reducer.start(&state)
        _ = Reducer.reduce(&state, .timer(.interviewerReply))
        _ = Reducer.reduce(&state, .input(.text("I have no time for hobbies.")))
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        _ = Reducer.reduce(&state, .input(.text("But I like hiking.")))
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.interviewer?.pendingLine == "What kind of music do you like?")
    }
}
