// Saving, listing, changing and deleting a learner's saved modules in PostgreSQL.

import Foundation
import PostgresNIO
import TutorCore
import TutorStore

extension PostgresStore {
    /// The columns `savedModules(_:)` decodes, in order, after the join with the learner.
    static let savedModuleSelection = """
        SELECT saved_module.id, learner.name, saved_module.moduleJSON, saved_module.note, saved_module.tags,
          saved_module.savedAt, saved_module.updatedAt
        FROM saved_module JOIN learner ON learner.id = saved_module.learnerId
        """

    public func save(_ module: TeachingModule, for learnerName: String, note: String?, tags: [String])
        async throws(StoreError)
        -> SaveOutcome
    {
        let moduleJSON: String
        let tagsJSON: String
        do {
            moduleJSON = String(decoding: try module.jsonData(), as: UTF8.self)
            tagsJSON = String(decoding: try JSONEncoder().encode(tags), as: UTF8.self)
        } catch {
            throw .failed(operation: "save the module", reason: "the module could not be encoded as JSON")
        }
        return try await transaction("save the module") { connection, logger in
            let now = Date()
            // Find or create the learner; a concurrent creation by another instance is the
            // unique constraint's to settle.
            try await connection.query(
                "INSERT INTO learner (name, createdAt) VALUES (\(learnerName), \(now)) ON CONFLICT (name) DO NOTHING",
                logger: logger)
            // The learner's row locked for the transaction: saves for one learner, from any
            // instance, take turns, so two saves of the same lesson cannot both miss the other.
            var learnerID: Int64?
            for try await id in try await connection.query(
                "SELECT id FROM learner WHERE name = \(learnerName) FOR UPDATE", logger: logger
            )
            .decode(Int64.self) {
                learnerID = id
            }
            guard let learnerID else {
                throw StoreError.failed(
                    operation: "save the module", reason: "the learner profile could not be read back")
            }
            let focus = module.focus
            // This module, or the same lesson in another one (another chat, a replay): saved
            // once, reviewed once; this module's own save first, as SQLite's store answers.
            let sameLesson = try await connection.query(
                """
                \(unescaped: Self.savedModuleSelection) WHERE saved_module.learnerId = \(learnerID)
                  AND (saved_module.moduleId = \(module.id) OR (saved_module.ruleID = \(focus.ruleID)
                    AND saved_module.original = \(focus.original) AND saved_module.correction = \(focus.correction)
                    AND saved_module.correctedSentence = \(module.correctedSentence)))
                ORDER BY saved_module.moduleId = \(module.id) DESC, saved_module.id LIMIT 1
                """, logger: logger)
            if let earlier = try await Self.savedModules(sameLesson).first { return .alreadySaved(earlier) }
            let inserted = try await connection.query(
                """
                INSERT INTO saved_module (learnerId, moduleId, moduleJSON, focusLabel, errorType, ruleID, original, correction,
                  correctedSentence, note, tags, savedAt, updatedAt)
                VALUES (\(learnerID), \(module.id), \(moduleJSON), \(focus.label.en), \(focus.errorType.rawValue), \(focus.ruleID),
                  \(focus.original), \(focus.correction), \(module.correctedSentence), \(note), \(tagsJSON), \(now), \(now))
                ON CONFLICT (learnerId, moduleId) DO NOTHING RETURNING id
                """, logger: logger)
            var savedID: Int64?
            for try await id in inserted.decode(Int64.self) { savedID = id }
            if let savedID {
                // A new save is a new card, due at once; in the same transaction as the module.
                try await connection.query(
                    "INSERT INTO review_card (savedModuleId, state, step, due) VALUES (\(savedID), \(CardState.new.rawValue), 0, \(now))",
                    logger: logger)
            }
            let rows = try await connection.query(
                savedID.map { "\(unescaped: Self.savedModuleSelection) WHERE saved_module.id = \($0)" }
                    ?? "\(unescaped: Self.savedModuleSelection) WHERE saved_module.learnerId = \(learnerID) AND saved_module.moduleId = \(module.id)",
                logger: logger)
            guard let saved = try await Self.savedModules(rows).first else {
                throw StoreError.failed(operation: "save the module", reason: "the save could not be read back")
            }
            return savedID == nil ? .alreadySaved(saved) : .saved(saved)
        }
    }

    public func savedModules(for learnerName: String) async throws(StoreError) -> [SavedModule] {
        try await perform("list the saved modules") { client in
            try await Self.savedModules(
                client.query(
                    "\(unescaped: Self.savedModuleSelection) WHERE learner.name = \(learnerName) ORDER BY saved_module.savedAt DESC, saved_module.id DESC"
                ))
        }
    }

    public func savedModule(moduleID: String, for learnerName: String) async throws(StoreError) -> SavedModule? {
        try await perform("read a saved module") { client in
            try await Self.savedModules(
                client.query(
                    "\(unescaped: Self.savedModuleSelection) WHERE learner.name = \(learnerName) AND saved_module.moduleId = \(moduleID)"
                )
            ).first
        }
    }

    public func isSavedByAnyone(moduleID: String) async throws(StoreError) -> Bool {
        try await perform("check for a saved module") { client in
            var found = false
            for try await exists in try await client.query(
                "SELECT EXISTS(SELECT 1 FROM saved_module WHERE moduleId = \(moduleID))"
            ).decode(Bool.self) {
                found = exists
            }
            return found
        }
    }

    public func update(id: Int64, note: String?, tags: [String]) async throws(StoreError) {
        let tagsJSON: String
        do {
            tagsJSON = String(decoding: try JSONEncoder().encode(tags), as: UTF8.self)
        } catch {
            throw .failed(operation: "update the saved module", reason: "the tags could not be encoded as JSON")
        }
        try await perform("update the saved module") { client in
            try await client.query(
                "UPDATE saved_module SET note = \(note), tags = \(tagsJSON), updatedAt = \(Date()) WHERE id = \(id)")
        }
    }

    public func delete(id: Int64) async throws(StoreError) -> Bool {
        try await perform("delete the saved module") { client in
            var deleted = false
            for try await _ in try await client.query("DELETE FROM saved_module WHERE id = \(id) RETURNING id").decode(
                Int64.self)
            {
                deleted = true
            }
            return deleted
        }
    }

    /// Saved modules from rows of `savedModuleSelection`; each module is decoded from the
    /// JSON that was saved, so it comes back exactly as it was.
    static func savedModules(_ rows: PostgresRowSequence) async throws -> [SavedModule] {
        let decoder = JSONDecoder()
        var saved: [SavedModule] = []
        for try await (id, learnerName, moduleJSON, note, tagsJSON, savedAt, updatedAt) in rows.decode(
            (Int64, String, String, String?, String, Date, Date).self)
        {
            saved.append(
                SavedModule(
                    id: id, learnerName: learnerName,
                    module: try decoder.decode(TeachingModule.self, from: Data(moduleJSON.utf8)),
                    note: note, tags: try decoder.decode([String].self, from: Data(tagsJSON.utf8)), savedAt: savedAt,
                    updatedAt: updatedAt))
        }
        return saved
    }
}
