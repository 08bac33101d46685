// What the user reads when the store fails.

import GRDB
import Testing

@testable import TutorStore

@Suite("Store errors")
struct StoreErrorTests {
    static let path = "/home/minji/.local/share/chattutor/chattutor.sqlite"

    @Test(
        "every message names what failed and what to do",
        arguments: [
            StoreError.cannotCreateDirectory(path: path, reason: "Permission denied"),
            .notADatabase(path: path), .notAFile(path: path), .readOnly(path: path), .newerSchema(path: path),
            .diskFull(path: path),
            .failed(operation: "save the module", reason: "SQLite error 10: disk I/O error"),
        ])
    func messagesSayWhatToDo(error: StoreError) {
        let message = error.description
        #expect(message.contains(Self.path) || message.contains("save the module"))
        #expect(message.contains("--db") || message.contains("try again"))
    }

    @Test(
        "SQLite result codes become the error the user can act on",
        arguments: [
            (ResultCode.SQLITE_NOTADB, StoreError.notADatabase(path: path)),
            (.SQLITE_CORRUPT, .notADatabase(path: path)),
            (.SQLITE_READONLY, .readOnly(path: path)),
            (.SQLITE_FULL, .diskFull(path: path)),
            (.SQLITE_IOERR, .failed(operation: "save the module", reason: "SQLite error 10: disk I/O error")),
        ])
    func resultCodes(code: ResultCode, expected: StoreError) {
        let error = DatabaseError(resultCode: code, message: code == .SQLITE_IOERR ? "disk I/O error" : nil)
        #expect(StoreError(error, path: Self.path, operation: "save the module") == expected)
    }

    @Test("a SQLite failure keeps SQLite's message but never the statement or the learner's text")
    func noLearnerText() {
        let error = DatabaseError(
            resultCode: .SQLITE_CONSTRAINT, message: "NOT NULL constraint failed: saved_module.original",
            sql: "INSERT INTO saved_module (original) VALUES (?)", arguments: ["저는 학생이에요"])
        let message = StoreError(error, path: Self.path, operation: "save the module").description
        #expect(message.contains("NOT NULL constraint failed: saved_module.original"))
        #expect(!message.contains("학생"))
        #expect(!message.contains("INSERT"))
    }
}
