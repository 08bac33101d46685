// The guest's side: finds the host's socket, proves the code, then relays frames.

import Foundation
import TutorCore

/// What reaches the guest from the host.
public enum TalkGuestEvent: Sendable, Hashable {
    case frame(TalkFrame)
    /// The host went away or broke the protocol.
    case hostGone(reason: String)
}

/// A guest's connection to a host.
public final class TalkGuest: Sendable {
    public let conversationID: ConversationID
    public let hostName: String
    public let events: AsyncStream<TalkGuestEvent>
    private let socket: FrameSocket

    /// Connects and proves the code; throws `.wrongCode` if the host refuses it.
    public init(code: JoinCode, name: String, rendezvous: TalkRendezvous = TalkRendezvous()) throws(TalkError) {
        let socket = try FrameSocket.connect(path: rendezvous.findSocket(room: code.room))
        socket.setReadTimeout(seconds: 10)
        try socket.write(.hello(proof: code.secret, name: name))
        let reply: TalkFrame?
        do { reply = try socket.readFrame() } catch .closed { throw .denied("closed the connection") }
        switch reply {
        case .welcome(let conversationID, let hostName)?:
            self.conversationID = conversationID
            self.hostName = String(hostName.prefix(40))
        case .deny(let reason)?:
            socket.close()
            throw reason == "wrong code" ? .wrongCode : .denied(String(reason.filter { $0.isLetter || $0 == " " }.prefix(80)))
        default:
            socket.close()
            throw .wrongCode
        }
        socket.setReadTimeout(seconds: 0)
        self.socket = socket
        let (events, continuation) = AsyncStream.makeStream(of: TalkGuestEvent.self)
        self.events = events
        Thread {
            while true {
                do throws(TalkError) {
                    // A host that closes says goodbye first; one that just vanishes died or was killed.
                    guard let frame = try socket.readFrame() else {
                        continuation.yield(.hostGone(reason: "dropped"))
                        break
                    }
                    if frame == .leave {
                        socket.close()
                        continuation.yield(.hostGone(reason: "closed the conversation"))
                        break
                    }
                    continuation.yield(.frame(frame))
                } catch {
                    socket.close()
                    continuation.yield(.hostGone(reason: error == .closed ? "dropped" : "was disconnected: \(error)"))
                    break
                }
            }
            continuation.finish()
        }.start()
    }

    public func send(_ frame: TalkFrame) {
        do { try socket.write(frame) } catch { socket.close() }
    }

    public func close() { socket.close() }
}
