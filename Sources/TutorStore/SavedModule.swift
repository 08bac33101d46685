// A module a learner saved, and the learner it belongs to.

import Foundation
import TutorCore

/// A local learner profile.
public struct Learner: Sendable, Hashable {
    public var id: Int64
    public var name: String
}

/// A saved module with the learner's note and tags.
public struct SavedModule: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var learnerName: String
    public var module: TeachingModule
    public var note: String?
    public var tags: [String]
    public var savedAt: Date
    public var updatedAt: Date
}

/// What `save` did.
public enum SaveOutcome: Sendable, Hashable {
    case saved(SavedModule)
    /// The learner had already saved this module; nothing was duplicated.
    case alreadySaved(SavedModule)

    public var savedModule: SavedModule {
        switch self {
        case .saved(let module), .alreadySaved(let module): module
        }
    }
}
