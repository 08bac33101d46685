// Fuzzes the talk frame reader: a peer's bytes through a real socket, frame after frame.

import Foundation
@_spi(Fuzzing) import TutorTalk

enum TalkFrameTarget {
    /// The hello limit the host's handshake reads with (`TalkHost.maxHelloBytes`).
    private static let helloBodyLimit = 4_096

    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        // The first byte chooses the reader: the host's handshake (a deadline, the hello
        // limit) or the relay's (no deadline, the frame limit).
        let isHandshake = bytes.first.map { $0 & 1 == 0 } ?? true
        let stream = Array(bytes.dropFirst())
        var descriptors: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &descriptors) == 0 else { return }
        let reader = FrameSocket(descriptor: descriptors[0])
        defer { close(descriptors[1]) }
        // The whole stream fits in the socket's buffer: no second thread is needed.
        let written = stream.withUnsafeBytes { send(descriptors[1], $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        try FuzzFailure.check(written == stream.count, "the socket took \(written) of \(stream.count) bytes")
        shutdown(descriptors[1], Int32(SHUT_WR))

        var frames: [TalkFrame] = []
        let deadline = ContinuousClock.now + .seconds(5)
        while frames.count <= stream.count / 5 {
            let frame: TalkFrame?
            do {
                frame = try reader.readFrame(
                    before: isHandshake ? deadline : nil,
                    maxBodyBytes: isHandshake ? helloBodyLimit : TalkWire.maxFrameBytes)
            } catch {
                try FuzzFailure.check(error != .timedOut, "a stream that had ended timed out")
                break
            }
            guard let frame else { break }
            frames.append(frame)
            try roundTrip(frame)
        }
        // A frame is a 4-byte header and at least one body byte.
        try FuzzFailure.check(frames.count <= stream.count / 5, "\(frames.count) frames from \(stream.count) bytes")
    }

    /// A frame read off the wire encodes to one that reads back the same.
    private static func roundTrip(_ frame: TalkFrame) throws(FuzzFailure) {
        guard let encoded = try? TalkWire.encode(frame) else { return }  // over the limit once re-encoded
        do {
            let length = try TalkWire.bodyLength(header: Array(encoded.prefix(4)))
            try FuzzFailure.check(length == encoded.count - 4, "a header that does not match its body")
            let decoded = try TalkWire.decode(body: Array(encoded.dropFirst(4)))
            try FuzzFailure.check(decoded == frame, "a frame that reads back differently once re-encoded")
        } catch let failure as FuzzFailure {
            throw failure
        } catch {
            throw FuzzFailure("a re-encoded frame does not read back: \(error)")
        }
    }
}
