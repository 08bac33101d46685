// Writes an export to the file the learner named, and reads an exported JSON back as a transcript.

import Foundation
import TutorCore
import TutorUI

/// The file side of `/export`: the only place chat text is written, and only when asked.
public enum ChatExportFile {
    /// Writes `export` as a new owner-only file (an existing file is never replaced) and says
    /// where it went, as a full path, or why not. The default name, when taken, becomes
    /// `NAME-2.md`, `NAME-3.md`, ... (`ChatExport.numbersIfTaken`); a name the learner chose
    /// is refused instead. Failing loses nothing: the chat is still in the app.
    public static func write(
        _ export: ChatExport, now: Date = Date(), environment: [String: String] = ProcessEnvironment.variables
    ) -> ExportOutcome {
        let path = expanded(export.path, home: environment["HOME"])
        let document = ChatExportDocument(export, exportedAt: now)
        let data: Data
        do {
            data = try document.encoded(as: export.format)
        } catch {
            return .failed("the conversation could not be encoded (\(error)); try /export with .md")
        }
        let candidates = export.numbersIfTaken ? numbered(path) : [path]
        for candidate in candidates {
            switch create(candidate, with: data) {
            case nil:
                return .written(
                    path: fullPath(candidate), messageCount: document.messages.count,
                    findingCount: document.findingCount)
            case EEXIST? where candidate != candidates.last:
                continue
            case let code?:
                return .failed(problem(code, candidate))
            }
        }
        return .failed(problem(EEXIST, path))
    }

    /// The most numbered names tried for the default name (`NAME-2.md` ... `NAME-99.md`).
    static let numberedNameLimit = 99

    /// `path`, then `NAME-2.EXT`, `NAME-3.EXT`, ... up to `numberedNameLimit`.
    static func numbered(_ path: String) -> [String] {
        let name = path as NSString
        let stem = name.deletingPathExtension
        let suffix = name.pathExtension.isEmpty ? "" : "." + name.pathExtension
        return [path] + (2...numberedNameLimit).map { "\(stem)-\($0)\(suffix)" }
    }

    /// `path` from the root: what the learner is told, so the file can be found from anywhere.
    static func fullPath(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// `~` and `~/…` become the home folder; a relative name stays relative to the working directory.
    static func expanded(_ path: String, home: String?) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    /// Creates `path` (never following a link, never replacing a file) and writes `data`; nil
    /// when done, else the error number (`problem` says it), with the partial file removed.
    static func create(_ path: String, with data: Data) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return errno }
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        guard let failure else { return nil }
        unlink(path)
        return failure
    }

    static func problem(_ code: Int32, _ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        switch code {
        case EEXIST: return "\(path) already exists; choose another name (nothing was replaced)"
        case ENOENT: return "the folder \(folder.isEmpty ? "." : folder) does not exist; choose another name"
        case EACCES, EPERM, EROFS: return "no permission to write \(path); choose a name in a folder of yours"
        case EISDIR: return "\(path) is a folder; add a file name, e.g. \(path)/talk.md"
        case ENOTDIR: return "part of \(path) is not a folder; choose another name"
        case ELOOP: return "\(path) is a link; choose another name"
        case ENOSPC, EDQUOT: return "the disk is full; free some space or choose another place"
        default: return "\(path) cannot be written (\(String(cString: strerror(code)))); choose another name"
        }
    }
}

extension ChatExportDocument {
    /// The exported conversation as a recording, for `analyze` and `replay`; nil when `data` is
    /// not an export at all, a `TranscriptError` when it is one that cannot be used.
    static func transcript(from data: Data, sourceName: String) throws(TranscriptError) -> Transcript? {
        struct Probe: Decodable { var format: String? }
        guard let probe = try? JSONDecoder().decode(Probe.self, from: data), probe.format == formatName else {
            return nil
        }
        let document: ChatExportDocument
        do {
            document = try JSONDecoder().decode(ChatExportDocument.self, from: data)
        } catch {
            throw TranscriptError(
                sourceName: sourceName, lineNumber: nil,
                reason: "is a chattutor export but cannot be read: \(Self.describe(error))")
        }
        guard document.version <= currentVersion else {
            throw TranscriptError(
                sourceName: sourceName, lineNumber: nil,
                reason:
                    "is an export of version \(document.version); this chattutor reads up to \(currentVersion): update it"
            )
        }
        var lines: [Transcript.Line] = []
        for (index, message) in document.messages.enumerated() where message.speaker != .system {
            let text = TextSanitizer.sanitize(message.text)
            guard !text.isEmpty else { continue }
            guard text.utf8.count <= TranscriptParser.maximumLineByteCount else {
                throw TranscriptError(
                    sourceName: sourceName, lineNumber: nil,
                    reason: "message \(index + 1) is over \(TranscriptParser.maximumLineByteCount) bytes long")
            }
            lines.append(Transcript.Line(speaker: message.speaker, text: text, lineNumber: index + 1))
        }
        guard lines.contains(where: { $0.speaker.isLearner }) else {
            throw TranscriptError(
                sourceName: sourceName, lineNumber: nil, reason: "the export has no learner messages to analyse")
        }
        return Transcript(
            sourceName: sourceName, title: TextSanitizer.sanitize(document.title, keepNewlines: false),
            kind: .recording,
            description: "Exported by chattutor on \(TextSanitizer.sanitize(document.exportedAt, keepNewlines: false))",
            level: nil, lines: lines, learnerNames: document.learnerNames)
    }

    /// A decoding error in a sentence (the key path and what was wrong, never the file's text).
    private static func describe(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            "'\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))' is missing"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' is not what an export holds"
        default: "it is not valid JSON"
        }
    }
}
