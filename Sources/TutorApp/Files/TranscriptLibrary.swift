// The transcripts directory and what is in it: scripts for the interviewer, recordings for replay.

import Foundation
import TutorCore

/// The transcripts directory and every transcript in it, read (or why it could not be).
public struct TranscriptLibrary {
    public struct Entry {
        public var name: String
        public var transcript: Transcript?
        public var error: TranscriptError?
    }

    public let directory: URL
    public let entries: [Entry]

    /// Finds the transcripts (see `ResourceLocator`) and reads every file in them.
    public static func locate(override: String?) throws(UserError) -> TranscriptLibrary {
        let directory = try ResourceLocator.directory(
            "transcripts", environmentKey: "CHATTUTOR_TRANSCRIPTS", override: override)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter {
            $0.hasSuffix(".txt")
        }.sorted()
        let entries = names.map { read(String($0.dropLast(4)), in: directory) }
        return TranscriptLibrary(directory: directory, entries: entries)
    }

    /// The transcript `name` alone (`name.txt` in the transcripts directory), or nil when
    /// there is none: the chat reads its one script at start, not the whole directory (a
    /// dozen files parsed took a third of the time before the first frame).
    public static func entry(named name: String, override: String?) throws(UserError) -> Entry? {
        let directory = try ResourceLocator.directory(
            "transcripts", environmentKey: "CHATTUTOR_TRANSCRIPTS", override: override)
        guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/"),
            FileManager.default.fileExists(atPath: directory.appendingPathComponent(name + ".txt").path)
        else { return nil }
        return read(name, in: directory)
    }

    private static func read(_ name: String, in directory: URL) -> Entry {
        do throws(TranscriptError) {
            return Entry(
                name: name,
                transcript: try TranscriptParser.parse(contentsOf: directory.appendingPathComponent(name + ".txt")))
        } catch {
            return Entry(name: name, error: error)
        }
    }
}
