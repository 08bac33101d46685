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
        let entries = names.map { name -> Entry in
            let stem = String(name.dropLast(4))
            do throws(TranscriptError) {
                return Entry(
                    name: stem,
                    transcript: try TranscriptParser.parse(contentsOf: directory.appendingPathComponent(name)))
            } catch {
                return Entry(name: stem, error: error)
            }
        }
        return TranscriptLibrary(directory: directory, entries: entries)
    }
}
