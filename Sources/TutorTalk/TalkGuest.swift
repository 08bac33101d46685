// The guest's side: finds the host's socket, proves the code, then relays frames.

import Foundation
import TutorCore

/// What reaches the guest from the host.
public enum TalkGuestEvent: Sendable, Hashable {
    case frame(TalkFrame)
    /// The host went away, stopped reading or broke the protocol.
    case hostGone(reason: String)
}

/// A guest's connection to a host. Sending queues (a `FrameWriter`): a host that stops reading
/// never blocks the guest.
public final class TalkGuest: Sendable {
    public let conversationID: ConversationID
    public let hostName: String
    /// How the host analyses this guest's lines, as it said in its welcome (checked).
    public let analysis: TalkAnalysis
    public let events: AsyncStream<TalkGuestEvent>
    private let writer: FrameWriter

    /// Connects and proves the code; throws `.wrongCode` if the host refuses it. The host's answer
    /// must come within the handshake limit plus the longest delay it may put on a wrong code.
    public init(
        code: JoinCode, name: String, rendezvous: TalkRendezvous = TalkRendezvous(), limits: TalkLimits = TalkLimits()
    ) throws(TalkError) {
        let socket = try FrameSocket.connect(path: rendezvous.findSocket(room: code.room))
        // A fresh connection's buffer always has room for a hello: never wait on the host here.
        try socket.write(.hello(proof: code.characters, name: name), waiting: false)
        let reply: TalkFrame?
        do {
            reply = try socket.readFrame(
                before: .now + limits.handshake + limits.maxWrongCodeDelay, maxBodyBytes: TalkWire.maxFrameBytes)
        } catch .closed {
            throw .denied("closed the connection")
        }
        switch reply {
        case .welcome(let conversationID, let hostName, let analysis)?:
            self.conversationID = conversationID
            self.hostName = String(hostName.prefix(40))
            self.analysis = analysis.checked
        case .deny(let reason)?:
            socket.close()
            throw reason == "wrong code"
                ? .wrongCode : .denied(String(reason.filter { $0.isLetter || $0 == " " }.prefix(80)))
        default:
            socket.close()
            throw .wrongCode
        }
        let writer = FrameWriter(socket: socket, limits: limits)
        self.writer = writer
        let (events, continuation) = AsyncStream.makeStream(of: TalkGuestEvent.self)
        self.events = events
        Thread {
            var reason: String
            while true {
                do throws(TalkError) {
                    // A host that closes says goodbye first; one that just vanishes died or was killed.
                    guard let frame = try socket.readFrame() else {
                        reason = "dropped"
                        break
                    }
                    if frame == .leave {
                        reason = "closed the conversation"
                        break
                    }
                    continuation.yield(.frame(frame))
                } catch {
                    reason = error == .closed ? "dropped" : "was disconnected: \(error)"
                    break
                }
            }
            // The writer shuts the socket when it gives up on the host: the end seen here is that.
            if writer.peerStoppedReading { reason = TalkHost.stoppedReadingReason }
            writer.stop(stoppedReading: false)
            continuation.yield(.hostGone(reason: reason))
            continuation.finish()
        }.start()
    }

    /// Queues a frame for the host and returns at once.
    public func send(_ frame: TalkFrame) { writer.send(frame) }

    /// Sends what is queued (waiting at most `limits.goodbye`), then disconnects.
    public func close() { writer.finish() }
}
