// The host's accept loop, each connection's join handshake on its own thread, and the relay.

import Foundation
import TutorCore

extension TalkHost {
    /// A hello carries the code and a name: anything longer is not one.
    static let maxHelloBytes = 4_096

    /// Accepts connections and hands each to a handshake thread of its own, so a slow or silent
    /// peer never holds up the next one. Over the per-user or overall limit, a connection is
    /// closed at once.
    func acceptLoop() {
        defer { Glibc.close(listener) }
        while isStillListening {
            let descriptor = accept(listener, nil, nil)
            if descriptor < 0 {
                switch errno {
                case EINTR, ECONNABORTED: continue
                // Out of descriptors for now: the handshakes under way free some soon.
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    usleep(50_000)
                    continue
                default: return  // the listener was shut down
                }
            }
            let socket = FrameSocket(descriptor: descriptor)
            let user = socket.peerUserID ?? uid_t.max
            let admitted = connections.withLock { connections in
                guard !connections.isClosed, connections.guest == nil, connections.admission.begin(user: user) else {
                    return false
                }
                connections.pending[ObjectIdentifier(socket)] = socket
                return true
            }
            guard admitted else {
                socket.close()
                continue
            }
            Thread { [self] in handshake(socket, user: user) }.start()
        }
    }

    /// Reads the hello, all of it within `limits.handshake`. A wrong code is answered after a delay
    /// that grows with that user's wrong codes, while the connection keeps its place in the user's
    /// limit. The first right code joins; the socket goes, and the other handshakes are cut off.
    private func handshake(_ socket: FrameSocket, user: uid_t) {
        let hello = try? socket.readFrame(before: .now + limits.handshake, maxBodyBytes: Self.maxHelloBytes)
        guard case .hello(let proof, let name)? = hello, code.accepts(proof: proof) else {
            let (delay, failures) = connections.withLock {
                ($0.admission.wrongCode(from: user), $0.admission.wrongCodes)
            }
            Thread.sleep(forTimeInterval: delay / .seconds(1))
            try? socket.write(.deny(reason: "wrong code"), waiting: false)
            socket.close()
            connections.withLock { connections in
                connections.pending[ObjectIdentifier(socket)] = nil
                connections.admission.end(user: user)
            }
            continuation.yield(.refused(failures: failures))
            return
        }
        let writer = FrameWriter(socket: socket, limits: limits)
        let others: [FrameSocket]? = connections.withLock { connections in
            connections.pending[ObjectIdentifier(socket)] = nil
            connections.admission.end(user: user)
            guard !connections.isClosed, connections.guest == nil else { return nil }
            // Queued before the guest is visible, so a `close()` from now on says goodbye after it.
            writer.send(.welcome(conversationID: conversationID, hostName: hostName, analysis: analysis))
            connections.guest = writer
            defer { connections.pending = [:] }
            return Array(connections.pending.values)
        }
        guard let others else {
            try? socket.write(.deny(reason: "the conversation is closed"), waiting: false)
            writer.stop(stoppedReading: false)
            return
        }
        // One-time code: once the guest is in, nobody else can reach the socket.
        stopListening()
        for other in others { other.close() }
        continuation.yield(.joined(name: String(name.prefix(40))))
        relay(socket, writer)
    }

    /// Reads the guest's frames until it leaves, drops, stops reading or breaks the protocol.
    private func relay(_ socket: FrameSocket, _ writer: FrameWriter) {
        var reason: String
        while true {
            let frame: TalkFrame?
            do {
                frame = try socket.readFrame()
            } catch {
                reason = error == .closed ? "dropped" : "was disconnected: \(error)"
                break
            }
            if case .chat(_, let text)? = frame {
                continuation.yield(.said(text))
                continue
            }
            switch frame {
            case nil: reason = "dropped"
            case .leave?: reason = "left"
            default: reason = "was disconnected: \(TalkError.malformed)"
            }
            break
        }
        // The writer shuts the socket when it gives up on the guest: the end seen here is that.
        if writer.peerStoppedReading { reason = Self.stoppedReadingReason }
        writer.stop(stoppedReading: false)
        continuation.yield(.left(reason: reason))
    }
}
