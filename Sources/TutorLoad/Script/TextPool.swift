// The interviewer and learner lines that simulated conversations are made of, read from transcripts/.

import Foundation
import TutorCore

/// Every interviewer line and every learner line of the project's transcripts, kept apart by role.
///
/// Load conversations are built from real recorded turns (not synthetic text) so the server's
/// analyser does the work it does for real learners.
public struct TextPool: Sendable, Equatable {
    public var interviewerLines: [String]
    public var learnerLines: [String]

    public init(interviewerLines: [String], learnerLines: [String]) {
        self.interviewerLines = interviewerLines
        self.learnerLines = learnerLines
    }

    /// Gathers the lines of the given transcripts: interviewer lines from scripts and recordings,
    /// learner lines (either learner of a two-learner chat) from recordings only; system lines are
    /// left out. Fails when either role ends up with no line.
    public init(transcripts: [Transcript]) throws(LoadSetupError) {
        var interviewer: [String] = []
        var learner: [String] = []
        for transcript in transcripts {
            for line in transcript.lines {
                switch line.speaker {
                case .interviewer: interviewer.append(line.text)
                case .learnerA where transcript.kind == .recording, .learnerB where transcript.kind == .recording:
                    learner.append(line.text)
                default: continue
                }
            }
        }
        guard !interviewer.isEmpty, !learner.isEmpty else {
            throw .noTranscriptLines(interviewerCount: interviewer.count, learnerCount: learner.count)
        }
        self.init(interviewerLines: interviewer, learnerLines: learner)
    }

    /// Reads every `*.txt` transcript in a directory (such as the project's `transcripts/`).
    public init(directory: URL) throws(LoadSetupError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .unreadableTranscripts(path: directory.path, reason: "cannot list the directory")
        }
        var transcripts: [Transcript] = []
        for name in names.sorted() where name.hasSuffix(".txt") {
            do {
                transcripts.append(try TranscriptParser.parse(contentsOf: directory.appendingPathComponent(name)))
            } catch {
                throw .unreadableTranscripts(path: directory.path, reason: error.description)
            }
        }
        try self.init(transcripts: transcripts)
    }
}
