// A module a learner saved, with the learner's note and tags.

import Foundation
import TutorCore

/// A saved module: the module exactly as it was saved, whose it is, and what its learner
/// added to it.
public struct SavedModule: Sendable, Hashable, Identifiable {
    /// The save's row id: what `delete(id:)` and `update(id:note:tags:)` take.
    public var id: Int64
    /// The learner who saved it.
    public var learnerName: String
    /// The module, decoded from the JSON that was saved.
    public var module: TeachingModule
    /// The learner's own note, if any.
    public var note: String?
    /// The learner's tags, in the order given.
    public var tags: [String]
    /// When the learner first saved it.
    public var savedAt: Date
    /// When it was saved or its note or tags last changed.
    public var updatedAt: Date

    /// A saved module as stored; the store makes these, callers compare them.
    public init(
        id: Int64, learnerName: String, module: TeachingModule, note: String?, tags: [String], savedAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.learnerName = learnerName
        self.module = module
        self.note = note
        self.tags = tags
        self.savedAt = savedAt
        self.updatedAt = updatedAt
    }
}
