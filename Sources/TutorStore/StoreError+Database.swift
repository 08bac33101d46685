// Turning SQLite's and the coders' errors into StoreError.

import GRDB

extension StoreError {
    /// The store error for anything thrown while `operation` ran on the database at `path`.
    /// Only SQLite's own message is kept, never GRDB's full description, which can quote SQL.
    init(_ error: any Error, path: String, operation: String) {
        switch error {
        case let storeError as StoreError:
            self = storeError
        case let databaseError as DatabaseError:
            switch databaseError.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: self = .notADatabase(path: path)
            case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(path: path)
            case .SQLITE_FULL: self = .diskFull(path: path)
            default:
                let message = databaseError.message ?? "no message"
                self = .failed(
                    operation: operation, reason: "SQLite error \(databaseError.resultCode.rawValue): \(message)")
            }
        case is DecodingError:
            self = .failed(operation: operation, reason: "a saved module is in a format this ChatTutor cannot read")
        case is EncodingError:
            self = .failed(operation: operation, reason: "the module could not be encoded as JSON")
        default:
            self = .failed(operation: operation, reason: "\(type(of: error))")
        }
    }
}
