// A connected Unix-domain socket that reads whole frames and writes bytes, blocking or not.

import Foundation
import Synchronization

/// One end of a talk connection. One thread reads; after the handshake only a `FrameWriter`
/// writes; any thread may close.
public final class FrameSocket: Sendable {
    let descriptor: Int32
    private let writeLock = Mutex(())
    private let isClosed = Atomic(false)

    /// Takes ownership of a connected socket (SPI: the fuzz target reads from a socket pair).
    @_spi(Fuzzing) public init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { Glibc.close(descriptor) }

    /// Reads the next frame; nil when the other side closed cleanly between frames.
    public func readFrame() throws(TalkError) -> TalkFrame? {
        try readFrame(before: nil, maxBodyBytes: TalkWire.maxFrameBytes)
    }

    /// Reads the next frame, all of it before `deadline` (a peer cannot stretch it by sending a
    /// byte at a time), and no longer than `maxBodyBytes`.
    @_spi(Fuzzing) public func readFrame(before deadline: ContinuousClock.Instant?, maxBodyBytes: Int) throws(TalkError)
        -> TalkFrame?
    {
        guard let header = try read(count: 4, allowEOF: true, before: deadline) else { return nil }
        let length = try TalkWire.bodyLength(header: header)
        guard length <= maxBodyBytes else { throw .oversized(byteCount: length) }
        guard let body = try read(count: length, allowEOF: false, before: deadline) else { throw .closed }
        return try TalkWire.decode(body: body)
    }

    /// Writes a frame; fails once the connection is closed. Without `waiting`, fails instead of
    /// blocking when the other side's buffer is full.
    public func write(_ frame: TalkFrame, waiting: Bool = true) throws(TalkError) {
        try writeRaw(TalkWire.encode(frame), waiting: waiting)
    }

    /// Writes bytes as they are (tests use it to send broken frames).
    public func writeRaw(_ bytes: [UInt8], waiting: Bool = true) throws(TalkError) {
        let failure: TalkError? = writeLock.withLock { _ in
            var offset = 0
            while offset < bytes.count {
                switch send(bytes[offset...], waiting: waiting) {
                case .sent(let count): offset += count
                case .wouldBlock, .failed: return .closed
                }
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// What one `send` call did.
    enum SendResult: Equatable {
        case sent(Int)
        case wouldBlock
        case failed
    }

    /// One `send` of as much of `bytes` as the socket takes (never a signal, retried on EINTR).
    func send(_ bytes: ArraySlice<UInt8>, waiting: Bool) -> SendResult {
        let flags = Int32(MSG_NOSIGNAL) | (waiting ? 0 : Int32(MSG_DONTWAIT))
        while true {
            let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, flags) }
            if sent >= 0 { return .sent(sent) }
            if errno == EINTR { continue }
            return errno == EAGAIN || errno == EWOULDBLOCK ? .wouldBlock : .failed
        }
    }

    /// Waits until the socket can take more bytes, or `milliseconds` pass.
    func waitUntilWritable(milliseconds: Int32) {
        var entry = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&entry, 1, milliseconds)
    }

    /// Stops both directions; a blocked reader wakes with end of file, a blocked writer with an error.
    public func close() {
        guard !isClosed.exchange(true, ordering: .relaxed) else { return }
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// The Unix user at the other end, from the kernel (`SO_PEERCRED`); nil if it cannot say.
    var peerUserID: uid_t? {
        // `struct ucred` does not import: the same three fields, in the same order.
        struct Credentials { var processID: Int32 = 0, userID: UInt32 = 0, groupID: UInt32 = 0 }
        var credentials = Credentials()
        var length = socklen_t(MemoryLayout<Credentials>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 else { return nil }
        return credentials.userID
    }

    private func read(count: Int, allowEOF: Bool, before deadline: ContinuousClock.Instant?) throws(TalkError)
        -> [UInt8]?
    {
        var buffer = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            if let deadline { try waitUntilReadable(before: deadline) }
            let received = buffer[offset...].withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if received == 0 {
                if offset == 0 && allowEOF { return nil }
                throw .closed
            }
            if received < 0 {
                if errno == EINTR { continue }
                throw .closed
            }
            offset += received
        }
        return buffer
    }

    private func waitUntilReadable(before deadline: ContinuousClock.Instant) throws(TalkError) {
        while true {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { throw .timedOut }
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, remaining.roundedUpMilliseconds)
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw .closed }
        }
    }
}

extension Duration {
    /// Whole milliseconds, rounded up (so a wait never ends just short of its deadline), for `poll`.
    var roundedUpMilliseconds: Int32 {
        let (seconds, attoseconds) = components
        let milliseconds = seconds * 1_000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(0, milliseconds))
    }
}

extension FrameSocket {
    /// Connects to the socket at `path`.
    static func connect(path: String) throws(TalkError) -> FrameSocket {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw .system("socket", errno: errno) }
        var address = try unixAddress(path)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw code == ECONNREFUSED || code == ENOENT ? .noSuchConversation : .system("connect", errno: code)
        }
        return FrameSocket(descriptor: descriptor)
    }

    static func unixAddress(_ path: String) throws(TalkError) -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { throw .system("socket path too long", errno: ENAMETOOLONG) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
            raw[bytes.count] = 0
        }
        return address
    }
}
