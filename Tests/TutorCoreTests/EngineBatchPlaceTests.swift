// Where `Engine.send` says a message landed: the engine's own batching, the one source of a
// message's batch place (the HTTP server's receipts report it).

import Testing
import TutorCore
import TutorTestSupport

@Suite("Engine batch places")
struct EngineBatchPlaceTests {
    private static func engine(batchSize: Int) -> Engine {
        Engine(
            configuration: EngineConfiguration(batchSize: batchSize, idleTimeout: nil), analyser: FakeAnalyser(),
            generator: FakeGenerator())
    }

    @Test("each learner's messages fill batches of the configured size, counted from 0 and positions from 1")
    func placesFollowTheBatches() async throws {
        let engine = Self.engine(batchSize: 2)
        var places: [BatchPlace?] = []
        for text in ["one", "two", "three"] {
            places.append(try await engine.send(Message(conversationID: "c", speaker: .learnerA, text: text)))
        }
        places.append(try await engine.send(Message(conversationID: "c", speaker: .learnerB, text: "four")))
        #expect(
            places == [
                BatchPlace(index: 0, position: 1, size: 2), BatchPlace(index: 0, position: 2, size: 2),
                BatchPlace(index: 1, position: 1, size: 2), BatchPlace(index: 0, position: 1, size: 2),
            ])
        await engine.shutdown()
    }

    @Test("an interviewer message and a learner message with no text left after sanitising join no batch")
    func noPlaceOutsideBatches() async throws {
        let engine = Self.engine(batchSize: 2)
        #expect(try await engine.send(Message(conversationID: "c", speaker: .interviewer, text: "How was it?")) == nil)
        #expect(try await engine.send(Message(conversationID: "c", speaker: .learnerA, text: " \u{1B}[2J ")) == nil)
        #expect(
            try await engine.send(Message(conversationID: "c", speaker: .learnerA, text: "Fine"))
                == BatchPlace(index: 0, position: 1, size: 2))
        await engine.shutdown()
    }
}
