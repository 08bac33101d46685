// What saving a module did.

/// What `ModuleStore.save(_:for:note:tags:)` did: saving a module a learner already saved, or
/// the same lesson in another module (the same rule, original → correction and corrected
/// sentence, from another chat or a replay), changes nothing, and says so.
public enum SaveOutcome: Sendable, Hashable {
    /// The module was saved now.
    case saved(SavedModule)
    /// The learner had already saved this module or the same lesson (the earlier save is
    /// given); nothing was duplicated or changed.
    case alreadySaved(SavedModule)

    /// The saved module, whichever happened.
    public var savedModule: SavedModule {
        switch self {
        case .saved(let module), .alreadySaved(let module): module
        }
    }
}
