// The engine's batch place for an accepted message, handed from the driver to the request.

import TutorCore

/// Carries the batch place `Engine.send` gave a message from `EngineDriver` (once it has sent
/// the message, in acceptance order) to the request waiting to answer 202 with it, so that
/// the receipt says what the engine did rather than what a second counter expects.
final class BatchPlaceReply: Sendable {
    private let continuation: AsyncStream<BatchPlace?>.Continuation

    /// A reply for the command and the place its request waits on. The request holds only the
    /// place: a reply dropped unsent (a command shutdown overtook) ends the wait with nil.
    static func make() -> (reply: BatchPlaceReply, place: PendingBatchPlace) {
        let (places, continuation) = AsyncStream.makeStream(of: BatchPlace?.self, bufferingPolicy: .bufferingNewest(1))
        return (BatchPlaceReply(continuation), PendingBatchPlace(places: places))
    }

    private init(_ continuation: AsyncStream<BatchPlace?>.Continuation) {
        self.continuation = continuation
    }

    /// Hands the engine's answer to the waiting request.
    func deliver(_ place: BatchPlace?) {
        continuation.yield(place)
        continuation.finish()
    }

    deinit { continuation.finish() }
}

/// The batch place a request waits for.
struct PendingBatchPlace: Sendable {
    let places: AsyncStream<BatchPlace?>

    /// The engine's place for the message; nil for one that joins no batch or was never sent.
    func value() async -> BatchPlace? {
        for await place in places { return place }
        return nil
    }
}
