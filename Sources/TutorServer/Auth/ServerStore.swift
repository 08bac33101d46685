// What the server needs of the store: tokens, saved modules, and a health check.

import TutorCore
import TutorStore

/// The part of TutorStore's `ModuleStore` the server uses, so tests can put a store that
/// has gone away behind the same routes.
public protocol ServerStore: Sendable {
    func ping() throws(StoreError)
    func token(id: String) throws(StoreError) -> APITokenRecord?
    func save(_ module: TeachingModule, for learnerName: String, note: String?, tags: [String]) throws(StoreError) -> SaveOutcome
    func savedModules(for learnerName: String) throws(StoreError) -> [SavedModule]
    func savedModule(moduleID: String, for learnerName: String) throws(StoreError) -> SavedModule?
    func isSavedByAnyone(moduleID: String) throws(StoreError) -> Bool
    func update(id: Int64, note: String?, tags: [String]) throws(StoreError)
    func delete(id: Int64) throws(StoreError) -> Bool
}

extension ModuleStore: ServerStore {}
