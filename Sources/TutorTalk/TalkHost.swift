// The host's side: listens for one guest who proves the code, then relays frames.

import Foundation
import Synchronization
import TutorCore

/// What happens on the host's side of the connection.
public enum TalkHostEvent: Sendable, Hashable {
    case joined(name: String)
    /// A line from the guest (the speaker they claim is ignored).
    case said(String)
    /// The guest left, dropped, stopped reading or broke the protocol; the reason names which,
    /// never any text.
    case left(reason: String)
    /// Someone offered a wrong code (the count so far). Joining stays open to the right code.
    case refused(failures: Int)
}

/// Hosts one talk conversation: one guest, admitted once, by the whole of `code`. Sending never
/// waits on the guest (a `FrameWriter` queues); joining never waits on another connection (each
/// handshake has its own thread and one deadline).
public final class TalkHost: Sendable {
    public let code: JoinCode
    public let events: AsyncStream<TalkHostEvent>
    let continuation: AsyncStream<TalkHostEvent>.Continuation
    let limits: TalkLimits
    let conversationID: ConversationID
    let hostName: String
    /// What the welcome tells the guest about the host's analysis.
    let analysis: TalkAnalysis
    let listener: Int32
    private let directory: String
    private let socketPath: String
    let connections: Locked<Connections>
    private let isListening = Atomic(true)

    /// The reason shown when the guest is dropped for not reading what the host sends.
    public static let stoppedReadingReason = "stopped reading and was dropped"

    /// Everything the accept loop, the handshakes and `close` share.
    struct Connections: Sendable {
        var admission: TalkAdmission
        /// Connections still in their handshake, closed when the guest joins or the host closes.
        var pending: [ObjectIdentifier: FrameSocket] = [:]
        var guest: FrameWriter?
        var isClosed = false
    }

    /// Creates the conversation directory and socket and starts listening; the guest who
    /// joins is told `analysis`.
    public init(
        conversationID: ConversationID, hostName: String, analysis: TalkAnalysis = TalkAnalysis(),
        rendezvous: TalkRendezvous = TalkRendezvous(), code: JoinCode = .random(), limits: TalkLimits = TalkLimits()
    ) throws(TalkError) {
        self.code = code
        self.limits = limits
        self.conversationID = conversationID
        self.hostName = hostName
        self.analysis = analysis
        connections = Locked(Connections(admission: TalkAdmission(limits: limits)))
        directory = try rendezvous.prepareHost(room: code.room)
        socketPath = "\(directory)/socket"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw .system("socket", errno: errno) }
        var address = try FrameSocket.unixAddress(socketPath)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0, chmod(socketPath, 0o666) == 0, listen(descriptor, 16) == 0 else {
            let code = errno
            Glibc.close(descriptor)
            unlink(socketPath)
            rmdir(directory)
            throw .system("listen on \(socketPath)", errno: code)
        }
        listener = descriptor
        (events, continuation) = AsyncStream.makeStream(of: TalkHostEvent.self)
        Thread { [self] in acceptLoop() }.start()
    }

    /// Queues a frame for the guest, if one is connected, and returns at once.
    public func send(_ frame: TalkFrame) {
        connections.withLock { $0.guest }?.send(frame)
    }

    /// Stops listening, says goodbye to the guest (waiting at most `limits.goodbye` for what is
    /// queued to go out) and disconnects it, and removes the conversation directory.
    public func close() {
        let closing: (guest: FrameWriter?, pending: [FrameSocket])? = connections.withLock { connections in
            guard !connections.isClosed else { return nil }
            connections.isClosed = true
            defer { connections.pending = [:] }
            return (connections.guest, Array(connections.pending.values))
        }
        guard let closing else { return }
        stopListening()
        for socket in closing.pending { socket.close() }
        if let guest = closing.guest {
            guest.send(.leave)
            guest.finish()
        }
        continuation.finish()
    }

    /// Removes the socket, so nobody else can connect, and wakes the accept loop to end it.
    func stopListening() {
        guard isListening.exchange(false, ordering: .relaxed) else { return }
        unlink(socketPath)
        rmdir(directory)
        shutdown(listener, Int32(SHUT_RDWR))
    }

    var isStillListening: Bool { isListening.load(ordering: .relaxed) }
}
