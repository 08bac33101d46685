// Reading saved modules back out of SQLite.

import Foundation
import GRDB
import TutorCore

extension SavedModule {
    /// The columns `init(row:)` reads: every saved_module column plus the learner's name.
    static let selection = """
        SELECT saved_module.*, learner.name AS learnerName
        FROM saved_module JOIN learner ON learner.id = saved_module.learnerId
        """

    /// A saved module from a row of `selection`; the module is decoded from its JSON, so it
    /// comes back exactly as it was saved.
    init(row: Row) throws {
        let decoder = JSONDecoder()
        let moduleJSON: String = row["moduleJSON"]
        let tagsJSON: String = row["tags"]
        self.init(
            id: row["id"], learnerName: row["learnerName"],
            module: try decoder.decode(TeachingModule.self, from: Data(moduleJSON.utf8)),
            note: row["note"], tags: try decoder.decode([String].self, from: Data(tagsJSON.utf8)),
            savedAt: row["savedAt"], updatedAt: row["updatedAt"])
    }

    /// The saved modules matching `condition` (SQL that follows the join, such as a WHERE).
    static func fetchAll(_ db: Database, _ condition: String, arguments: StatementArguments) throws -> [SavedModule] {
        try Row.fetchAll(db, sql: "\(selection) \(condition)", arguments: arguments).map(SavedModule.init(row:))
    }

    /// The tags as the JSON array the `tags` column holds.
    static func tagsJSON(_ tags: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(tags), as: UTF8.self)
    }
}
