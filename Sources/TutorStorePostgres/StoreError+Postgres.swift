// Turning postgres-nio's errors into StoreError, keeping server messages but never values.

import PostgresNIO
import TutorStore

extension StoreError {
    /// The store error for anything thrown while `operation` ran against `database` (its
    /// address without the password). Only PostgreSQL's SQLSTATE and message are kept:
    /// its detail can quote a row's values, and the query its parameters.
    init(postgres error: any Error, database: String, operation: String) {
        if let storeError = error as? StoreError {
            self = storeError
            return
        }
        if let transactionError = error as? PostgresTransactionError {
            let inner = transactionError.closureError ?? transactionError.beginError ?? transactionError.commitError
            if let inner {
                self.init(postgres: inner, database: database, operation: operation)
                return
            }
        }
        guard let error = error as? PSQLError else {
            switch error {
            case is DecodingError:
                self = .failed(operation: operation, reason: "a saved module is in a format this ChatTutor cannot read")
            case is CancellationError:
                self = .unreachable(database: database, operation: operation, reason: "the operation was cancelled")
            default:
                self = .failed(operation: operation, reason: "\(type(of: error))")
            }
            return
        }
        if error.code == .server, let info = error.serverInfo {
            let state = info[.sqlState] ?? "?????"
            let reason = "PostgreSQL error \(state): \(info[.message] ?? "no message")"
            // 28: authorization (a wrong password); 3D000: no such database.
            if state.hasPrefix("28") || state == "3D000" {
                self = .refused(database: database, reason: reason)
                return
            }
            // 08: connection exception; 57P: the server is shutting down or starting.
            if state.hasPrefix("08") || state.hasPrefix("57P") {
                self = .unreachable(database: database, operation: operation, reason: reason)
            } else {
                self = .failed(operation: operation, reason: reason)
            }
            return
        }
        var reason = "\(error.code)"
        if let underlying = error.underlying { reason += ": \(underlying)" }
        self = .unreachable(database: database, operation: operation, reason: reason)
    }
}
