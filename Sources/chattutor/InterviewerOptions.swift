// Who interviews: the options `chat` and `talk host` share, and the interviewer they pick.

import ArgumentParser
import TutorApp
import TutorCore
import TutorLLM
import TutorUI

/// `--script`, `--interviewer`, `--scenario`: the scripted interviewer by default, or the
/// configured model playing a scenario.
struct InterviewerOptions: ParsableArguments {
    @Option(help: "The interviewer script from transcripts/ (see `chattutor scripts`).")
    var script: String = "small-talk"

    /// Who interviews: the script's lines, or the configured model playing a scenario.
    enum Kind: String, ExpressibleByArgument, CaseIterable { case script, llm }

    @Option(help: "script: the script's lines; llm: the configured model plays the scenario, its replies streamed in.")
    var interviewer: Kind = .script

    @Option(
        help:
            "With --interviewer llm: the scenario (a script in transcripts/ with @persona, @goal, @level); default: --script."
    )
    var scenario: String?

    /// The interviewer these options name, read from the transcripts directory.
    func resolve(transcripts: String?) throws(UserError) -> ChosenInterviewer {
        let name = interviewer == .llm ? (scenario ?? script) : script
        let transcript = try Self.script(named: name, transcripts: transcripts)
        if interviewer == .llm { return .live(InterviewScenario(transcript)) }
        return .script(try Self.interviewer(playing: transcript, name: name))
    }

    /// The scripted interviewer of the script `name`, read from the transcripts directory.
    static func scripted(named name: String, transcripts: String?) throws(UserError) -> InterviewerState {
        try interviewer(playing: try script(named: name, transcripts: transcripts), name: name)
    }

    /// The script's interviewer, answering the learner's questions on the shipped topics.
    private static func interviewer(playing transcript: Transcript, name: String) throws(UserError)
        -> InterviewerState
    {
        let topics: InterviewTopics
        do {
            topics = try InterviewTopics.shipped()
        } catch {
            throw UserError.dataError("the interviewer's topics: \(error)")
        }
        return InterviewerState(
            scriptTitle: transcript.title, interview: ScriptedInterview(transcript, topics: topics),
            scriptName: name)
    }

    /// The script `name` in the transcripts directory; an error that lists the scripts when it is not there.
    private static func script(named name: String, transcripts: String?) throws(UserError) -> Transcript {
        // Only the named script is read; the whole directory only to list the scripts when it is not there.
        guard let entry = try TranscriptLibrary.entry(named: name, override: transcripts) else {
            let library = try TranscriptLibrary.locate(override: transcripts)
            let scripts = library.entries.filter { $0.transcript?.kind == .script }.map(\.name)
            throw UserError.noInput("no script '\(name)'; the scripts are: \(scripts.joined(separator: ", "))")
        }
        guard let transcript = entry.transcript else {
            throw UserError.dataError("\(entry.error.map { "\($0)" } ?? name)")
        }
        guard transcript.kind == .script else {
            throw UserError.dataError("'\(name)' is a recorded conversation; play it with `chattutor replay`")
        }
        return transcript
    }
}

/// The interviewer a command runs with.
enum ChosenInterviewer {
    case script(InterviewerState)
    case live(InterviewScenario)

    /// The scenario the model plays, for `TerminalSession.run`; nil for a script.
    var scenario: InterviewScenario? {
        if case .live(let scenario) = self { scenario } else { nil }
    }

    /// The interviewer as the app's state holds it before it says anything.
    var standby: StandbyInterviewer {
        switch self {
        case .script(let state): .script(state)
        case .live(let scenario): .live(LiveInterviewerState(title: "\(scenario.title) (model)"))
        }
    }
}
