// The talk wire protocol: versioned JSON frames behind a 4-byte big-endian length.

import Foundation
import TutorCore

/// One message between the host's and the guest's chattutor.
public enum TalkFrame: Codable, Sendable, Hashable {
    /// Guest → host, first and only before `welcome`: the secret half of the join code.
    case hello(proof: String, name: String)
    /// Host → guest: the code was right; the conversation the guest is in, and how the host
    /// analyses the guest's lines (protocol 3).
    case welcome(conversationID: ConversationID, hostName: String, analysis: TalkAnalysis)
    /// Host → guest: refused; the connection closes after it.
    case deny(reason: String)
    /// A chat line. From the guest the speaker is ignored: the host always files it as the guest's.
    case chat(speaker: Speaker, text: String)
    /// Host → guest: one of the guest's own validated modules.
    case module(TeachingModule)
    /// Host → guest: a batch of the guest's messages was analysed (for the status bar and summary).
    case analysed(utteranceCount: Int)
    /// Host → guest: the host ended the conversation; modules and a summary follow.
    case ending
    /// Host → guest: every module is delivered; the guest's findings counted by topic (the
    /// names its modules have; protocol 1 sent ERRANT types).
    case summary(findingsByTopic: [TopicCount])
    /// Either side: this side leaves, and the connection closes after it. A connection that
    /// closes without it is a drop (the other process died or was killed).
    case leave
}

/// What can go wrong on the wire; none of the cases carries chat text.
public enum TalkError: Error, Sendable, Equatable, CustomStringConvertible {
    case oversized(byteCount: Int)
    case unsupportedVersion(Int)
    case malformed
    case closed
    case timedOut
    case wrongCode
    case denied(String)
    case noSuchConversation
    case unsafeDirectory(String)
    case system(String, errno: Int32)

    public var description: String {
        switch self {
        case .oversized(let count): "a frame of \(count) bytes is over the \(TalkWire.maxFrameBytes)-byte limit"
        case .unsupportedVersion(let version):
            "the other side speaks talk protocol \(version), this one \(TalkWire.version): use the same chattutor version"
        case .malformed: "the other side sent a malformed frame"
        case .closed: "the connection closed"
        case .timedOut: "the other side did not answer in time: try again"
        case .wrongCode: "that join code is not right: check it with the host"
        case .denied(let reason): "the host refused: \(reason)"
        case .noSuchConversation:
            "no conversation is waiting for that code: check the code, and that the host is still waiting"
        case .unsafeDirectory(let path):
            "\(path) is not safe to use (wrong owner or writable by others): remove it and try again"
        case .system(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}

/// Encodes and decodes frames. A frame is `UInt32 length` + `{"v":VERSION,"frame":...}`.
public enum TalkWire {
    /// 3: the welcome says the host's batch size and analyser (2: the summary counts findings
    /// by topic). A peer of another version is refused at `hello`.
    public static let version = 3
    /// Larger frames close the connection: no module or chat line comes near it.
    public static let maxFrameBytes = 65_536

    private struct Envelope: Codable {
        var v: Int
        var frame: TalkFrame?
    }

    /// The version alone: read first, so that another version's frames (whose shapes may differ)
    /// are refused as that, not as malformed.
    private struct VersionOnly: Decodable {
        var v: Int
    }

    public static func encode(_ frame: TalkFrame) throws(TalkError) -> [UInt8] {
        guard let body = try? JSONEncoder().encode(Envelope(v: version, frame: frame)) else { throw .malformed }
        guard body.count <= maxFrameBytes else { throw .oversized(byteCount: body.count) }
        let length = UInt32(body.count)
        return [UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF)]
            + Array(body)
    }

    /// The body length a 4-byte header announces, checked against the limit.
    public static func bodyLength(header: [UInt8]) throws(TalkError) -> Int {
        guard header.count == 4 else { throw .malformed }
        let length = header.reduce(0) { ($0 << 8) | Int($1) }
        guard length <= maxFrameBytes else { throw .oversized(byteCount: length) }
        guard length > 0 else { throw .malformed }
        return length
    }

    public static func decode(body: [UInt8]) throws(TalkError) -> TalkFrame {
        let data = Data(body)
        guard let found = try? JSONDecoder().decode(VersionOnly.self, from: data) else { throw .malformed }
        guard found.v == version else { throw .unsupportedVersion(found.v) }
        guard let frame = (try? JSONDecoder().decode(Envelope.self, from: data))?.frame else { throw .malformed }
        return frame
    }
}
