// Where a learner's message landed among the engine's batches.

/// The place of one learner utterance among its learner's batches, as the engine batched it:
/// the batch (counted from 0), the utterance's position in it (from 1) and the batch size.
/// The engine is the one that knows it, so callers (the HTTP server's receipts) ask
/// `Engine.send` rather than counting beside it.
public struct BatchPlace: Sendable, Hashable, Codable {
    /// The learner's batch, counted from 0 in the conversation.
    public var index: Int
    /// The utterance's place in that batch, from 1 (`size` fills it and starts its analysis).
    public var position: Int
    /// How many utterances the batch holds when full (`EngineConfiguration.batchSize`).
    public var size: Int

    /// A place as the engine gave it; callers outside the engine only decode or compare them.
    public init(index: Int, position: Int, size: Int) {
        self.index = index
        self.position = position
        self.size = size
    }
}
