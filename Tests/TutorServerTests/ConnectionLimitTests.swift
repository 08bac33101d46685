// Connection limits on the real server (HummingbirdTesting's live framework): over the cap a
// 503 and a close, never a hang; slow requests and idle connections closed on time.

import Foundation
import HummingbirdTesting
import Testing

@testable import TutorServer
@testable import TutorServerConfiguration

@Suite("Connection limits")
struct ConnectionLimitTests {
    static let health = "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"

    func live(
        _ configure: @escaping (inout ServerConfiguration) -> Void,
        _ body: @Sendable @escaping (Int, ServerMetrics) async throws -> Void
    ) async throws {
        let fixture = try ServerFixture {
            $0.port = 0
            configure(&$0)
        }
        let metrics = fixture.server.metrics
        try await fixture.server.makeTestApplication().test(.live) { client in
            try await body(try #require(client.port), metrics)
        }
    }

    @Test(
        "connections over the limit get a 503 over_capacity answer and are closed; once some close, /health answers again"
    )
    func overCapacity() async throws {
        try await live({ $0.connections.maximumConnections = 3 }) { port, metrics in
            // The test client may hold a connection of its own: open more than the cap.
            let connections = try (0..<5).map { _ in try RawConnection(port: port) }
            var answers: [(text: String, closed: Bool)] = []
            for connection in connections { answers.append(await connection.receive(timeout: .milliseconds(300))) }
            let refused = answers.filter { $0.closed && $0.text.hasPrefix("HTTP/1.1 503 ") }
            #expect(refused.count >= 2)
            #expect(refused.allSatisfy { $0.text.contains("Retry-After: 1") && $0.text.contains("\"over_capacity\"") })
            // The admitted ones were told nothing and are still open.
            #expect(answers.filter { !$0.closed }.allSatisfy { $0.text.isEmpty })
            let refusedTotal = metrics.exposition().split(separator: "\n")
                .first { $0.hasPrefix("chattutor_connections_refused_total ") }.flatMap {
                    Int($0.split(separator: " ")[1])
                }
            #expect((refusedTotal ?? 0) >= refused.count)
            #expect(metrics.exposition().contains("chattutor_connections_open 3"))
            _ = consume connections
            var status = ""
            for _ in 0..<50 {
                let connection = try RawConnection(port: port)
                connection.send(Self.health)
                status = String(
                    await connection.receive(timeout: .seconds(2), until: { $0.hasSuffix("}") }).text.prefix(12))
                if status == "HTTP/1.1 200" { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(status == "HTTP/1.1 200")
        }
    }

    @Test(
        "a request head that never finishes, and a new connection that sends nothing, are closed after the header timeout"
    )
    func headerTimeout() async throws {
        try await live({ $0.connections.headerTimeout = .milliseconds(300) }) { port, _ in
            let slow = try RawConnection(port: port)
            slow.send("GET /health HTTP/1.1\r\nHost: localhost\r\n")
            let silent = try RawConnection(port: port)
            let started = ContinuousClock.now
            let slowAnswer = await slow.receive(timeout: .seconds(5))
            #expect(slowAnswer.closed)
            #expect(await silent.receive(timeout: .seconds(5)).closed)
            #expect(ContinuousClock.now - started < .seconds(3))
            // A prompt request is answered as usual.
            let prompt = try RawConnection(port: port)
            prompt.send(Self.health)
            let promptStarted = ContinuousClock.now
            let answer = await prompt.receive(timeout: .seconds(5), until: { $0.hasSuffix("}") })
            #expect(answer.text.hasPrefix("HTTP/1.1 200"), "after \(ContinuousClock.now - promptStarted): \(answer)")
        }
    }

    @Test("on a kept-alive connection, a next request head that never finishes is closed after the header timeout")
    func headerTimeoutBetweenRequests() async throws {
        try await live({
            $0.connections.headerTimeout = .milliseconds(300)
            $0.connections.keepAliveTimeout = .seconds(30)
        }) { port, _ in
            let connection = try RawConnection(port: port)
            connection.send(Self.health)
            let first = await connection.receive(timeout: .seconds(5), until: { $0.hasSuffix("}") })
            #expect(first.text.hasPrefix("HTTP/1.1 200") && !first.closed)
            // Idle for longer than the header timeout: only the keep-alive timeout counts here.
            try await Task.sleep(for: .milliseconds(600))
            #expect(await connection.receive(timeout: .milliseconds(50)).closed == false)
            connection.send("GET /health HTTP/1.1\r\nHost: local")
            let started = ContinuousClock.now
            #expect(await connection.receive(timeout: .seconds(5)).closed)
            #expect(ContinuousClock.now - started < .seconds(3))
        }
    }

    @Test("a kept-alive connection idle past the keep-alive timeout is closed")
    func keepAliveTimeout() async throws {
        try await live({ $0.connections.keepAliveTimeout = .milliseconds(300) }) { port, _ in
            let connection = try RawConnection(port: port)
            connection.send(Self.health)
            let started = ContinuousClock.now
            let answer = await connection.receive(timeout: .seconds(5))
            #expect(answer.text.hasPrefix("HTTP/1.1 200"))
            #expect(answer.closed)
            #expect(ContinuousClock.now - started < .seconds(3))
        }
    }
}
