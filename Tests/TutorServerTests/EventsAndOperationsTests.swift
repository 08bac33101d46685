// SSE, the idle sweeper on a manual clock, health and metrics.

import Foundation
import HummingbirdTesting
import Testing
import TutorTestSupport

@testable import TutorServer

@Suite("Events, idle time, health and metrics")
struct EventsAndOperationsTests {
    /// The `event:` names and `data:` lines of an SSE body.
    static func events(_ text: String) -> [(name: String, data: String)] {
        text.components(separatedBy: "\n\n").compactMap { block in
            let lines = block.split(separator: "\n")
            guard let name = lines.first(where: { $0.hasPrefix("event: ") }),
                let data = lines.first(where: { $0.hasPrefix("data: ") })
            else {
                return nil
            }
            return (String(name.dropFirst(7)), String(data.dropFirst(6)))
        }
    }

    @Test("a subscriber from before the end gets each module as it validates, then done")
    func liveEvents() async throws {
        let generator = FakeGenerator()
        generator.hold(focus: "wrong")
        let fixture = try ServerFixture(generator: generator)
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            for text in ["My day was bad", "It is wrong today"] {
                try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: text))
            }
            let stream = Task { try await call(client, .get, "/conversations/c1/events", token: token) }
            while await fixture.server.registry.subscriberCount(of: "c1", for: "u1") == 0 {
                try await Task.sleep(for: .milliseconds(2))
            }
            await fixture.server.registry.sweep()  // nothing is idle yet: only a keep-alive is sent
            try await call(client, .post, "/end_conversation/c1", token: token)
            // One module validates while the other is held: the list shows it, the stream stays open.
            while try await call(client, .get, "/teaching_modules/list/c1", token: token).object()["modules"].map({
                ($0 as? [Any])?.count ?? 0
            }) != 1 {
                try await Task.sleep(for: .milliseconds(2))
            }
            #expect(await fixture.server.registry.subscriberCount(of: "c1", for: "u1") == 1)
            generator.release(focus: "wrong")
            let response = try await stream.value
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream")
            let events = Self.events(response.text)
            #expect(events.map(\.name) == ["module", "module", "done"])
            let first = try JSONSerialization.jsonObject(with: Data(events[0].data.utf8)) as? [String: Any]
            #expect(first?["conversationID"] as? String == "c1")
            #expect(events[2].data == #"{"conversation_id":"c1","modules":2}"#)
            #expect(response.text.contains(": keep-alive\n\n"))  // a mid-conversation module may come first
        }
    }

    @Test("a subscriber after the end gets the modules already validated, then done at once")
    func lateSubscriber() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let ids = try await makeFinishedConversation(client, "c1", token: token)
            let response = try await call(client, .get, "/conversations/c1/events", token: token)
            let events = Self.events(response.text)
            #expect(events.map(\.name) == Array(repeating: "module", count: ids.count) + ["done"])
        }
    }

    @Test("a conversation idle past the timeout is ended by the sweeper, and dropped after the retention time")
    func idleAndRetention() async throws {
        let fixture = try ServerFixture {
            $0.idleTimeout = .seconds(60)
            $0.retention = .seconds(600)
        }
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: "It was bad"))
            fixture.clock.advance(by: .seconds(59))
            #expect(await fixture.server.registry.sweep().ended == 0)
            fixture.clock.advance(by: .seconds(1))
            #expect(await fixture.server.registry.sweep().ended == 1)
            let list = try await waitUntilFinished(client, "c1", token: token)
            #expect((list["modules"] as? [Any])?.count == 1)
            fixture.clock.advance(by: .seconds(599))
            #expect(await fixture.server.registry.sweep().dropped == 0)
            fixture.clock.advance(by: .seconds(1))
            #expect(await fixture.server.registry.sweep().dropped == 1)
            do {
                let value = try await call(client, .get, "/teaching_modules/list/c1", token: token).status
                #expect(value == .notFound)
            }
            do {
                let value = try await call(client, .get, "/health").object()["conversations"] as? Int
                #expect(value == 0)
            }
        }
    }

    @Test("health is 200 ok with the store and engine up, 503 unavailable (still accepting) when the store is gone")
    func health() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let up = try await call(client, .get, "/health")
            #expect(up.status == .ok)
            let body = try up.object()
            #expect(body["status"] as? String == "ok")
            #expect(body["store"] as? String == "ok")
            #expect(body["engine"] as? String == "running")
            fixture.store.breakIt()
            let down = try await call(client, .get, "/health")
            #expect(down.status == .serviceUnavailable)
            #expect(try down.object()["status"] as? String == "unavailable")
            #expect(try down.object()["store"] as? String == "unavailable")
            // Chat is in memory: new conversations are still taken (what a load balancer checks).
            #expect(try down.object()["accepting"] as? Bool == true)
        }
    }

    @Test("while draining (SIGTERM's drain delay) health is 503, not accepting, engine running; messages still taken")
    func healthWhileDraining() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            await fixture.server.registry.beginDraining()
            let draining = try await call(client, .get, "/health")
            #expect(draining.status == .serviceUnavailable)
            #expect(try draining.object()["status"] as? String == "unavailable")
            #expect(try draining.object()["engine"] as? String == "running")
            #expect(try draining.object()["accepting"] as? Bool == false)
            let accepted = try await call(
                client, .post, "/message", token: token, json: messageJSON("c1", text: "I like tea"))
            #expect(accepted.status == .accepted)
        }
    }

    @Test("metrics count requests by route and status and record the pipeline's latencies")
    func metrics() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            _ = try await makeFinishedConversation(client, "c1", token: token)
            let response = try await call(client, .get, "/metrics", token: token)
            #expect(response.status == .ok)
            let text = response.text
            #expect(text.contains(#"chattutor_http_requests_total{method="POST",route="/message",status="202"} 3"#))
            #expect(text.contains("chattutor_batch_analysis_seconds_count 2"))
            #expect(text.contains("chattutor_clustering_seconds_count"))
            #expect(text.contains("chattutor_generation_seconds_count 1"))
            #expect(text.contains("chattutor_modules_validated_total 2"))
            #expect(text.contains("chattutor_conversations_in_memory 1"))
        }
    }

    @Test("with --metrics-public, /metrics needs no token")
    func publicMetrics() async throws {
        let fixture = try ServerFixture { $0.metricsPublic = true }
        try await fixture.test { client in
            do {
                let value = try await call(client, .get, "/metrics").status
                #expect(value == .ok)
            }
        }
    }
}
