// Saving, listing, changing and deleting a learner's saved modules.

import Foundation
import GRDB
import TutorCore

extension ModuleStore {
    /// Saves `module` for the learner, with an optional note and tags.
    ///
    /// Saving a module the learner already saved changes nothing and returns
    /// `.alreadySaved` with the earlier save; so does saving the same lesson under another
    /// module id (the same rule, original → correction and corrected sentence: a second chat
    /// or a replay about the same sentence), which would otherwise be reviewed twice. Everything happens in one
    /// transaction, so a crash or a full disk leaves either the whole save or none of it.
    ///
    /// - Throws: ``StoreError`` when the database cannot be written.
    @discardableResult
    public func save(_ module: TeachingModule, for learnerName: String, note: String? = nil, tags: [String] = [])
        throws(StoreError) -> SaveOutcome
    {
        let moduleJSON: String
        let tagsJSON: String
        do {
            moduleJSON = String(decoding: try module.jsonData(), as: UTF8.self)
            tagsJSON = try SavedModule.tagsJSON(tags)
        } catch {
            throw StoreError(error, path: path, operation: "save the module")
        }
        return try write("save the module") { db in
            let learner = try Self.learner(named: learnerName, in: db)
            let focus = module.focus
            let existing =
                try SavedModule.fetchAll(
                    db, "WHERE saved_module.learnerId = ? AND saved_module.moduleId = ?",
                    arguments: [learner.id, module.id]
                ).first
                ?? SavedModule.fetchAll(
                    db,
                    """
                    WHERE saved_module.learnerId = ? AND saved_module.ruleID = ? AND saved_module.original = ?
                      AND saved_module.correction = ? AND saved_module.correctedSentence = ?
                    ORDER BY saved_module.id LIMIT 1
                    """,
                    arguments: [learner.id, focus.ruleID, focus.original, focus.correction, module.correctedSentence]
                ).first
            if let existing { return .alreadySaved(existing) }
            let now = Date()
            try db.execute(
                sql: """
                    INSERT INTO saved_module (learnerId, moduleId, moduleJSON, focusLabel, errorType, ruleID,
                      original, correction, correctedSentence, note, tags, savedAt, updatedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    learner.id, module.id, moduleJSON, module.focus.label.en, module.focus.errorType.rawValue,
                    module.focus.ruleID, module.focus.original, module.focus.correction, module.correctedSentence,
                    note, tagsJSON, now, now,
                ])
            let savedID = db.lastInsertedRowID
            // A new save is a new card, due at once; in the same transaction as the module.
            try db.execute(
                sql: "INSERT INTO review_card (savedModuleId, state, step, due) VALUES (?, ?, 0, ?)",
                arguments: [savedID, CardState.new.rawValue, now])
            let saved = try SavedModule.fetchAll(db, "WHERE saved_module.id = ?", arguments: [savedID])
            guard let saved = saved.first else {
                throw StoreError.failed(operation: "save the module", reason: "the new save could not be read back")
            }
            return .saved(saved)
        }
    }

    /// The learner's saved modules, newest first; empty for a learner with none (or none
    /// yet: listing does not create the profile).
    public func savedModules(for learnerName: String) throws(StoreError) -> [SavedModule] {
        try read("list the saved modules") { db in
            try SavedModule.fetchAll(
                db, "WHERE learner.name = ? ORDER BY saved_module.savedAt DESC, saved_module.id DESC",
                arguments: [learnerName])
        }
    }

    /// The saved module with this row id, or nil when there is none.
    public func savedModule(id: Int64) throws(StoreError) -> SavedModule? {
        try read("read a saved module") { db in
            try SavedModule.fetchAll(db, "WHERE saved_module.id = ?", arguments: [id]).first
        }
    }

    /// The learner's save of the module with this module id (`TeachingModule.id`), or nil.
    public func savedModule(moduleID: String, for learnerName: String) throws(StoreError) -> SavedModule? {
        try read("read a saved module") { db in
            try SavedModule.fetchAll(
                db, "WHERE learner.name = ? AND saved_module.moduleId = ?", arguments: [learnerName, moduleID]
            ).first
        }
    }

    /// Whether any learner has saved the module with this module id (`TeachingModule.id`).
    public func isSavedByAnyone(moduleID: String) throws(StoreError) -> Bool {
        try read("check for a saved module") { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS(SELECT 1 FROM saved_module WHERE moduleId = ?)", arguments: [moduleID]) ?? false
        }
    }

    /// Whether the learner has saved the module with this module id (`TeachingModule.id`).
    public func isSaved(moduleID: String, for learnerName: String) throws(StoreError) -> Bool {
        try read("check for a saved module") { db in
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS(SELECT 1 FROM saved_module JOIN learner ON learner.id = saved_module.learnerId
                    WHERE learner.name = ? AND saved_module.moduleId = ?)
                    """,
                arguments: [learnerName, moduleID]) ?? false
        }
    }

    /// How many modules the learner has saved.
    public func savedCount(for learnerName: String) throws(StoreError) -> Int {
        try read("count the saved modules") { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM saved_module JOIN learner ON learner.id = saved_module.learnerId
                    WHERE learner.name = ?
                    """,
                arguments: [learnerName]) ?? 0
        }
    }

    /// Every learner who has saved modules, with how many, by name: what `saved list` names
    /// when the chosen learner has none ("saved under other names: mina (3)").
    public func learnersWithSavedModules() throws(StoreError) -> [(name: String, count: Int)] {
        try read("list the learners") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT learner.name AS name, COUNT(*) AS count FROM saved_module
                    JOIN learner ON learner.id = saved_module.learnerId GROUP BY learner.id ORDER BY learner.name
                    """
            ).map { (name: $0["name"], count: $0["count"]) }
        }
    }

    /// Deletes the saved module with this row id; false when there was none.
    @discardableResult
    public func delete(id: Int64) throws(StoreError) -> Bool {
        try write("delete the saved module") { db in
            try db.execute(sql: "DELETE FROM saved_module WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    /// Replaces a saved module's note and tags and stamps `updatedAt`; does nothing when
    /// there is no saved module with this row id.
    public func update(id: Int64, note: String?, tags: [String]) throws(StoreError) {
        try write("update the saved module") { db in
            try db.execute(
                sql: "UPDATE saved_module SET note = ?, tags = ?, updatedAt = ? WHERE id = ?",
                arguments: [note, try SavedModule.tagsJSON(tags), Date(), id])
        }
    }
}
