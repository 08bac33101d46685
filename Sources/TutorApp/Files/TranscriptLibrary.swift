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
        let directory = try Self.directory(override: override)
        return TranscriptLibrary(directory: directory, entries: names(in: directory).map { read($0, in: directory) })
    }

    /// The transcript names in the transcripts directory, unread; none when there is no directory.
    public static func names(override: String?) -> [String] {
        (try? Self.directory(override: override)).map(names(in:)) ?? []
    }

    private static func names(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter {
            $0.hasSuffix(".txt")
        }.sorted().map { String($0.dropLast(4)) }
    }

    /// The transcript `name` alone (`name.txt` in the transcripts directory), or nil when
    /// there is none: the chat reads its one script at start, not the whole directory (a
    /// dozen files parsed took a third of the time before the first frame).
    public static func entry(named name: String, override: String?) throws(UserError) -> Entry? {
        let directory = try Self.directory(override: override)
        guard file(named: name, in: directory) != nil else { return nil }
        return read(name, in: directory)
    }

    /// `argument` itself when it is a file; otherwise, when it is a bare name of a transcript
    /// in the transcripts directory (as `chattutor scripts` lists it and `chat --script NAME`
    /// takes it), that transcript's path; otherwise `argument`, so that reading it says why.
    public static func path(ofFileOrName argument: String, override: String?) -> String {
        guard !FileManager.default.fileExists(atPath: argument),
            let directory = try? Self.directory(override: override),
            let file = file(named: argument, in: directory)
        else { return argument }
        return file.path
    }

    /// The transcripts directory: `--transcripts`, `CHATTUTOR_TRANSCRIPTS`, then the places
    /// `ResourceLocator` looks.
    static func directory(override: String?) throws(UserError) -> URL {
        try ResourceLocator.directory(
            "transcripts", environmentKey: "CHATTUTOR_TRANSCRIPTS", option: "--transcripts", override: override)
    }

    /// `name.txt` in `directory` when `name` is a bare name (no folder, not hidden) and the file is there.
    private static func file(named name: String, in directory: URL) -> URL? {
        guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/") else { return nil }
        let file = directory.appendingPathComponent(name + ".txt")
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
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
