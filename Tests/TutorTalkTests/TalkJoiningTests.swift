// Joining under attack: one deadline for the whole hello, handshakes off the accept loop, per-user
// limits, and wrong codes that slow down only the one who sends them.

import Foundation
import Testing
import TutorCore

@testable import TutorTalk

@Suite("talk: joining under attack") struct TalkJoiningTests {
    let root = TemporaryRoot()

    func makeHost(_ configure: (inout TalkLimits) -> Void) throws -> TalkHost {
        var limits = TalkLimits()
        configure(&limits)
        return try TalkHost(conversationID: "talk-test", hostName: "host", rendezvous: root.rendezvous, limits: limits)
    }

    func rawPeer(_ host: TalkHost) throws -> FrameSocket {
        try FrameSocket.connect(path: root.rendezvous.findSocket(room: host.code.room))
    }

    @Test("a peer that sends its hello a byte at a time is cut off at the deadline for the whole frame")
    func dripFeed() async throws {
        let host = try makeHost { $0.handshake = .seconds(1) }
        defer { host.close() }
        let peer = try rawPeer(host)
        let hello = try TalkWire.encode(.hello(proof: host.code.characters, name: "slow"))
        let drip = Task.detached {
            for byte in hello {
                try? peer.writeRaw([byte])
                try await Task.sleep(for: .milliseconds(500))
            }
        }
        defer { drip.cancel() }
        // The hello carries the right code: had the host waited for all of it (a byte every 0.5 s,
        // each well within any per-read timeout), the peer would have joined. Refused, it was cut
        // off part-way, by the deadline for the whole frame; no wall-clock bound is needed.
        #expect(try await next(host.events) == .refused(failures: 1))
    }

    @Test("silent peers holding handshakes do not hold up the right guest, who joins at once")
    func slowPeersDoNotBlock() async throws {
        // The silent peers' handshakes would run for an hour: the guest joining at all shows that
        // nobody waited for them (no wall-clock bound, which a busy machine could break).
        let host = try makeHost { $0.handshake = .seconds(3_600) }
        defer { host.close() }
        let silent = try (0..<3).map { _ in try rawPeer(host) }
        _ = try TalkGuest(code: host.code, name: "guest", rendezvous: root.rendezvous)
        #expect(try await next(host.events) == .joined(name: "guest"))
        // Once the guest is in, the others are cut off.
        for peer in silent { #expect(try peer.readFrame() == nil) }
    }

    @Test("one user's connections past the per-user limit are closed at once; a place frees when one ends")
    func perUserLimit() async throws {
        let host = try makeHost {
            $0.handshake = .seconds(60)
            $0.pendingPerUser = 2
            $0.wrongCodeDelay = .milliseconds(10)
        }
        defer { host.close() }
        let first = try rawPeer(host)
        let second = try rawPeer(host)
        let third = try rawPeer(host)
        #expect(try third.readFrame() == nil, "closed without a word")
        first.close()
        second.close()
        // Two handshake threads end at once: their reports may come in either order.
        let refusals: Set = [try await next(host.events), try await next(host.events)]
        #expect(refusals == [.refused(failures: 1), .refused(failures: 2)])
        _ = try TalkGuest(code: host.code, name: "guest", rendezvous: root.rendezvous)
        #expect(try await next(host.events) == .joined(name: "guest"))
    }

    @Test("each wrong code from the same user is answered later than the one before")
    func wrongCodesSlowDown() async throws {
        let host = try makeHost { $0.wrongCodeDelay = .milliseconds(200) }
        defer { host.close() }
        var answered: [Duration] = []
        for _ in 1...3 {
            let peer = try rawPeer(host)
            let start = ContinuousClock.now
            try peer.write(.hello(proof: "AAAAAAAAAAAAAAAA", name: "guesser"))
            #expect(try peer.readFrame() == .deny(reason: "wrong code"))
            answered.append(start.duration(to: .now))
        }
        #expect(answered[0] >= .milliseconds(200))
        #expect(answered[2] >= .milliseconds(600))
        _ = try TalkGuest(code: host.code, name: "guest", rendezvous: root.rendezvous)
        #expect(try await next(host.events) { if case .joined = $0 { true } else { false } } == .joined(name: "guest"))
    }

    @Test("a hello larger than a hello can be is refused before its body is read")
    func oversizedHello() async throws {
        let host = try makeHost { $0.wrongCodeDelay = .milliseconds(10) }
        defer { host.close() }
        let peer = try rawPeer(host)
        try peer.writeRaw((TalkHost.maxHelloBytes + 1).bigEndianHeader)
        #expect(try peer.readFrame() == .deny(reason: "wrong code"))
        #expect(try await next(host.events) == .refused(failures: 1))
    }
}
