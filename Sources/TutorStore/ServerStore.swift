// What `chattutor serve` needs of a store, whichever database holds it: SQLite or PostgreSQL.

import Foundation
import TutorCore

/// The store of the server: API tokens, learners' saved modules, and a health check.
///
/// Two implementations: ``ModuleStore`` (SQLite, the embedded default for the TUI and for a
/// single server) and `PostgresStore` (TutorStorePostgres, shared by several instances).
/// Both run the same versioned migrations (``StoreSchema/migrationIdentifiers``) and pass
/// the same store tests. Every method is one transaction: all of it happens, or none.
/// Errors are ``StoreError``s whose messages never contain a learner's or a module's text.
public protocol ServerStore: Sendable {
    /// Answers when the database answers: for `/health`.
    func ping() async throws(StoreError)

    /// The token with this public id, revoked or not; nil when there is none.
    func token(id: String) async throws(StoreError) -> APITokenRecord?
    /// Every token, oldest first.
    func tokens() async throws(StoreError) -> [APITokenRecord]
    /// Stores new token records (hashes only), all or none.
    func insertTokens(_ records: [APITokenRecord]) async throws(StoreError)
    /// Revokes the token with this id; false when there is no such unrevoked token.
    @discardableResult
    func revokeToken(id: String, at date: Date) async throws(StoreError) -> Bool

    /// Saves `module` for the learner, creating the profile on first use; a module the
    /// learner already saved, or the same lesson in another module (the same rule, original →
    /// correction and corrected sentence), is `.alreadySaved` with the earlier save and
    /// changes nothing.
    @discardableResult
    func save(_ module: TeachingModule, for learnerName: String, note: String?, tags: [String]) async throws(StoreError)
        -> SaveOutcome
    /// The learner's saved modules, newest first.
    func savedModules(for learnerName: String) async throws(StoreError) -> [SavedModule]
    /// The learner's save of the module with this module id, or nil.
    func savedModule(moduleID: String, for learnerName: String) async throws(StoreError) -> SavedModule?
    /// Whether any learner has saved the module with this module id.
    func isSavedByAnyone(moduleID: String) async throws(StoreError) -> Bool
    /// Replaces a saved module's note and tags; nothing when there is no such row.
    func update(id: Int64, note: String?, tags: [String]) async throws(StoreError)
    /// Deletes the saved module with this row id; false when there was none.
    @discardableResult
    func delete(id: Int64) async throws(StoreError) -> Bool

    /// Records that `instance` is alive at `date` (its lease): at start and every few seconds.
    func heartbeat(instance: String, at date: Date) async throws(StoreError)
    /// Records that `instance` started the conversation `key` (the engine's `user/id`) at
    /// `date`, unless an instance already did; returns the owner either way (with its
    /// heartbeat), so a conversation is started by exactly one instance.
    func claimConversation(_ key: String, instance: String, at date: Date) async throws(StoreError)
        -> ConversationOwner
    /// The owner of the conversation `key`, with its heartbeat; nil when none is recorded.
    func conversationOwner(_ key: String) async throws(StoreError) -> ConversationOwner?
    /// Forgets `instance`'s ownership of these conversations (dropped from its memory).
    func releaseConversations(_ keys: [String], instance: String) async throws(StoreError)
    /// Forgets instances silent since before `date`, and the conversations they owned;
    /// returns how many instances it forgot.
    @discardableResult
    func forgetInstances(silentSince date: Date) async throws(StoreError) -> Int
}

extension ModuleStore: ServerStore {}
