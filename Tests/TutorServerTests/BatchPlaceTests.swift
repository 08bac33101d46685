// A message's batch place in the 202 receipt comes from the engine, which batches it; the
// server keeps no count of its own.

import HummingbirdTesting
import Testing
import TutorCore
import TutorTestSupport

@testable import TutorServer

@Suite("Batch places")
struct BatchPlaceTests {
    @Test("the receipt gives the engine's place, whatever batch size the server configuration says")
    func receiptFollowsTheEngine() async throws {
        let fixture = try ServerFixture({ $0.batchSize = 2 }, engineBatchSize: 3)
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            var places: [[String: Int]] = []
            for index in 0..<4 {
                let response = try await call(
                    client, .post, "/message", token: token, json: messageJSON("c1", text: "Line \(index)"))
                places.append(try #require(try response.object()["batch"] as? [String: Int]))
            }
            #expect(
                places.map { [$0["index"], $0["position"], $0["size"]] } == [
                    [0, 1, 3], [0, 2, 3], [0, 3, 3], [1, 1, 3],
                ])
        }
    }

    @Test("messages sent at once to one conversation each get their own place, with none left out")
    func concurrentMessagesGetDistinctPlaces() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let places = try await withThrowingTaskGroup(of: [Int].self) { group in
                for index in 0..<6 {
                    group.addTask {
                        let response = try await call(
                            client, .post, "/message", token: token, json: messageJSON("c1", text: "Line \(index)"))
                        let place = try #require(try response.object()["batch"] as? [String: Int])
                        return [place["index"] ?? -1, place["position"] ?? -1]
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(places) == [[0, 1], [0, 2], [1, 1], [1, 2], [2, 1], [2, 2]])
        }
    }

    @Test("a reply dropped unsent (shutdown overtook the message) ends the wait with no place")
    func droppedReplyEndsTheWait() async {
        var (reply, place): (BatchPlaceReply?, PendingBatchPlace) = BatchPlaceReply.make()
        #expect(reply != nil)
        reply = nil
        #expect(await place.value() == nil)
    }

    @Test("a delivered place reaches the waiting request")
    func deliveredPlaceArrives() async {
        let (reply, place) = BatchPlaceReply.make()
        reply.deliver(BatchPlace(index: 1, position: 2, size: 10))
        #expect(await place.value() == BatchPlace(index: 1, position: 2, size: 10))
    }
}
