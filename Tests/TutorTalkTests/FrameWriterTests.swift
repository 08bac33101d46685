// The outgoing queue on its own: order kept, sending never blocks, a peer that stops reading is
// cut off within the stall limit, and finishing sends what is queued before closing.

import Foundation
import Testing
import TutorCore
import TutorTestSupport

@_spi(Fuzzing) @testable import TutorTalk

@Suite("frame writer") struct FrameWriterTests {
    /// Two connected ends of a Unix socket pair.
    func socketPair() throws -> (writing: FrameSocket, reading: FrameSocket) {
        var descriptors: [Int32] = [0, 0]
        try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &descriptors) == 0)
        return (FrameSocket(descriptor: descriptors[0]), FrameSocket(descriptor: descriptors[1]))
    }

    func limits(stall: Duration = .seconds(60), queuedBytes: Int = 64 << 20) -> TalkLimits {
        var limits = TalkLimits()
        limits.stall = stall
        limits.queuedBytes = queuedBytes
        return limits
    }

    @Test("frames arrive whole and in order, and finishing sends them all before the end")
    func order() throws {
        let (writing, reading) = try socketPair()
        let writer = FrameWriter(socket: writing, limits: limits())
        for count in 0..<200 { writer.send(.analysed(utteranceCount: count)) }
        writer.send(.leave)
        writer.finish()
        for count in 0..<200 { #expect(try reading.readFrame() == .analysed(utteranceCount: count)) }
        #expect(try reading.readFrame() == .leave)
        #expect(try reading.readFrame() == nil)
        #expect(!writer.peerStoppedReading)
    }

    @Test(
        "sending to a peer that never reads returns at once; the peer is cut off once the stall limit has passed on the writer's clock"
    )
    func stall() async throws {
        let (writing, reading) = try socketPair()
        let clock = ManualClock()
        let writer = FrameWriter(socket: writing, limits: limits(stall: .milliseconds(500)), clock: clock)
        let line = TalkFrame.chat(speaker: .learnerA, text: String(repeating: "x", count: 2_000))
        // 800 KB into a socket nobody reads: had sending waited on the peer, this would never return.
        for _ in 0..<400 { writer.send(line) }
        try await waitUntil { writer.isWaitingOnPeer }
        clock.advance(by: .milliseconds(499))
        // Longer than one of the writer's 250 ms waits: it has looked at the clock again.
        try await Task.sleep(for: .milliseconds(600))
        #expect(!writer.peerStoppedReading, "not cut off 1 ms before the stall limit")
        clock.advance(by: .milliseconds(1))
        try await waitUntil { writer.peerStoppedReading }
        // The reading end gets what was already in the socket, then the end.
        var frames = 0
        while let frame = try reading.readFrame() {
            #expect(frame == line)
            frames += 1
        }
        #expect(frames > 0 && frames < 400)
    }

    /// Waits for the writer's thread to make `condition` true; the limit is for progress on a
    /// loaded machine, not a timing (the stall is timed on the test's clock).
    func waitUntil(_ condition: () -> Bool) async throws {
        let limit = ContinuousClock.now + .seconds(300)
        while !condition() {
            try #require(ContinuousClock.now < limit, "not reached within 300 s")
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    @Test("more than the queue's limit piling up cuts the peer off at once")
    func overflow() throws {
        let (writing, reading) = try socketPair()
        let writer = FrameWriter(socket: writing, limits: limits(queuedBytes: 32 << 10))
        for _ in 0..<400 { writer.send(.chat(speaker: .learnerA, text: String(repeating: "x", count: 2_000))) }
        #expect(writer.peerStoppedReading)
        withExtendedLifetime(reading) {}  // open, and never read
    }

    @Test("finishing with a peer that never reads gives up exactly at the goodbye limit on the writer's clock")
    func goodbyeLimit() async throws {
        let (writing, reading) = try socketPair()
        var limits = limits()
        limits.goodbye = .milliseconds(300)
        let clock = ManualClock()
        let writer = FrameWriter(socket: writing, limits: limits, clock: clock)
        for _ in 0..<400 { writer.send(.chat(speaker: .learnerA, text: String(repeating: "x", count: 2_000))) }
        try await waitUntil { writer.isWaitingOnPeer }
        let finished = Locked(false)
        let finishing = Task {
            await offCooperativePool {
                writer.finish()
                finished.withLock { $0 = true }
            }
        }
        try await waitUntil { writer.isFinishing }
        clock.advance(by: .milliseconds(299))
        // Longer than one of finish's 250 ms waits: it has looked at the clock again.
        try await Task.sleep(for: .milliseconds(600))
        #expect(!finished.withLock { $0 }, "still sending the queue 1 ms before the goodbye limit")
        clock.advance(by: .milliseconds(1))
        await finishing.value
        #expect(!writer.peerStoppedReading, "a goodbye cut short is the host's own close, not a drop")
        withExtendedLifetime(reading) {}  // open, and never read
    }
}
