// The host's side: listens for one guest who proves the code, then relays frames.

import Foundation
import Synchronization
import TutorCore

/// What happens on the host's side of the connection.
public enum TalkHostEvent: Sendable, Hashable {
    case joined(name: String)
    /// A line from the guest (the speaker they claim is ignored).
    case said(String)
    /// The guest left, dropped or broke the protocol; the reason names which, never any text.
    case left(reason: String)
    /// Someone offered a wrong code (the count so far).
    case refused(failures: Int)
    /// Too many wrong codes: nobody else can join.
    case joinsStopped
}

/// Hosts one talk conversation: one guest, admitted once, by the secret of `code`.
public final class TalkHost: Sendable {
    public let code: JoinCode
    public let events: AsyncStream<TalkHostEvent>
    private let continuation: AsyncStream<TalkHostEvent>.Continuation
    private let listener: Int32
    private let directory: String
    private let socketPath: String
    private let guest = Mutex<FrameSocket?>(nil)
    private let isListening = Atomic(true)
    private let isClosed = Atomic(false)

    /// Wrong codes after which the host stops accepting joins.
    public static let failureLimit = 3
    /// How long a connecting peer has to say hello before it counts as a failure.
    private let handshakeSeconds: Int

    /// Creates the conversation directory and socket and starts listening.
    public init(
        conversationID: ConversationID, hostName: String, rendezvous: TalkRendezvous = TalkRendezvous(), code: JoinCode = .random(),
        handshakeSeconds: Int = 10
    ) throws(TalkError) {
        self.code = code
        self.handshakeSeconds = handshakeSeconds
        directory = try rendezvous.prepareHost(room: code.room)
        socketPath = "\(directory)/socket"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw .system("socket", errno: errno) }
        var address = try FrameSocket.unixAddress(socketPath)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, chmod(socketPath, 0o666) == 0, listen(descriptor, 4) == 0 else {
            let code = errno
            Glibc.close(descriptor)
            rmdir(directory)
            throw .system("listen on \(socketPath)", errno: code)
        }
        listener = descriptor
        (events, continuation) = AsyncStream.makeStream(of: TalkHostEvent.self)
        let thread = Thread { [self] in acceptLoop(conversationID: conversationID, hostName: hostName) }
        thread.start()
    }

    /// Sends a frame to the guest, if one is connected; a broken guest is dropped.
    public func send(_ frame: TalkFrame) {
        guard let socket = guest.withLock({ $0 }) else { return }
        do { try socket.write(frame) } catch { socket.close() }
    }

    /// Stops listening, says goodbye to the guest and disconnects it, and removes the
    /// conversation directory.
    public func close() {
        guard !isClosed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        stopListening()
        guest.withLock { socket in
            // Without waiting: a guest that stopped reading must not hold up the host's exit.
            try? socket?.write(.leave, waiting: false)
            socket?.close()
        }
        continuation.finish()
    }

    private func stopListening() {
        guard isListening.exchange(false, ordering: .relaxed) else { return }
        unlink(socketPath)
        rmdir(directory)
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop(conversationID: ConversationID, hostName: String) {
        var failures = 0
        defer { Glibc.close(listener) }
        while isListening.load(ordering: .relaxed) {
            let descriptor = accept(listener, nil, nil)
            if descriptor < 0 {
                if errno == EINTR { continue }
                return
            }
            let socket = FrameSocket(descriptor: descriptor)
            socket.setReadTimeout(seconds: handshakeSeconds)
            let hello: TalkFrame?
            do { hello = try socket.readFrame() } catch { hello = nil }
            guard case .hello(let proof, let name)? = hello, code.accepts(proof: proof) else {
                failures += 1
                try? socket.write(.deny(reason: "wrong code"))
                socket.close()
                continuation.yield(.refused(failures: failures))
                if failures >= Self.failureLimit {
                    stopListening()
                    continuation.yield(.joinsStopped)
                }
                continue
            }
            socket.setReadTimeout(seconds: 0)
            // One-time code: once the guest is in, nobody else can reach the socket.
            stopListening()
            // Registered before the welcome, so a `close()` from now on reaches this guest;
            // one that came just before is caught by the check after.
            guest.withLock { $0 = socket }
            if isClosed.load(ordering: .sequentiallyConsistent) { socket.close() }
            guard (try? socket.write(.welcome(conversationID: conversationID, hostName: hostName))) != nil else {
                continuation.yield(.left(reason: "dropped"))
                return
            }
            continuation.yield(.joined(name: String(name.prefix(40))))
            relay(socket)
            return
        }
    }

    private func relay(_ socket: FrameSocket) {
        while true {
            let frame: TalkFrame?
            do {
                frame = try socket.readFrame()
            } catch {
                socket.close()
                continuation.yield(.left(reason: error == .closed ? "dropped" : "was disconnected: \(error)"))
                return
            }
            switch frame {
            case nil:
                continuation.yield(.left(reason: "dropped"))
                return
            case .chat(_, let text)?:
                continuation.yield(.said(text))
            case .leave?:
                socket.close()
                continuation.yield(.left(reason: "left"))
                return
            default:
                socket.close()
                continuation.yield(.left(reason: "was disconnected: \(TalkError.malformed)"))
                return
            }
        }
    }
}
