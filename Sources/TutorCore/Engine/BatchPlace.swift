// Where a learner's message landed among the engine's batches.

/// The place of one learner utterance among its learner's batches, as the engine batched it:
/// the batch (counted from 0), the utterance's position in it (from 1) and the batch size.
/// The engine is the one that knows it, so callers (the HTTP server's receipts) ask
/// `Engine.send` rather than counting beside it.
public struct BatchPlace: Sendable, Hashable, Codable {
    public var index: Int
    public var position: Int
    public var size: Int

    public init(index: Int, position: Int, size: Int) {
        self.index = index
        self.position = position
        self.size = size
    }
}
