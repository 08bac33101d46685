// A connected Unix-domain socket that reads and writes whole frames (blocking).

import Foundation
import Synchronization

/// One end of a talk connection. One thread reads; any thread may write or close.
public final class FrameSocket: Sendable {
    let descriptor: Int32
    private let writeLock = Mutex(())
    private let isClosed = Atomic(false)

    init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { Glibc.close(descriptor) }

    /// Reads the next frame; nil when the other side closed cleanly between frames.
    public func readFrame() throws(TalkError) -> TalkFrame? {
        guard let header = try read(count: 4, allowEOF: true) else { return nil }
        let length = try TalkWire.bodyLength(header: header)
        guard let body = try read(count: length, allowEOF: false) else { throw .closed }
        return try TalkWire.decode(body: body)
    }

    /// Writes a frame; fails once the connection is closed. Without `waiting`, fails instead of
    /// blocking when the other side's buffer is full.
    public func write(_ frame: TalkFrame, waiting: Bool = true) throws(TalkError) {
        try writeRaw(TalkWire.encode(frame), waiting: waiting)
    }

    /// Writes bytes as they are (tests use it to send broken frames).
    public func writeRaw(_ bytes: [UInt8], waiting: Bool = true) throws(TalkError) {
        let flags = Int32(MSG_NOSIGNAL) | (waiting ? 0 : Int32(MSG_DONTWAIT))
        let failure: TalkError? = writeLock.withLock { _ in
            var offset = 0
            while offset < bytes.count {
                let sent = bytes[offset...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, flags) }
                if sent < 0 {
                    if errno == EINTR { continue }
                    return .closed
                }
                offset += sent
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Stops both directions; a blocked reader wakes with end of file.
    public func close() {
        guard !isClosed.exchange(true, ordering: .relaxed) else { return }
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Bounds how long a read may block (the handshake); zero means no bound.
    func setReadTimeout(seconds: Int) {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    private func read(count: Int, allowEOF: Bool) throws(TalkError) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let received = buffer[offset...].withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if received == 0 {
                if offset == 0 && allowEOF { return nil }
                throw .closed
            }
            if received < 0 {
                if errno == EINTR { continue }
                throw errno == EAGAIN || errno == EWOULDBLOCK ? .timedOut : .closed
            }
            offset += received
        }
        return buffer
    }
}

extension FrameSocket {
    /// Connects to the socket at `path`.
    static func connect(path: String) throws(TalkError) -> FrameSocket {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw .system("socket", errno: errno) }
        var address = try unixAddress(path)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
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
