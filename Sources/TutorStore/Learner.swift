// A local learner profile.

/// A local learner profile: the saves of everyone who uses one database are kept apart by
/// name.
public struct Learner: Sendable, Hashable {
    /// The profile's row id, stable for the life of the database.
    public var id: Int64
    /// The name the learner goes by, exactly as given (case matters).
    public var name: String

    /// A profile as stored; the store makes these, callers compare them.
    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}
