// Why the store cannot do what was asked, said so the user knows what to do.

/// A storage problem. Each message names the file and what the user can do about it; none
/// ever contains a learner's or a module's text.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database's directory is missing and could not be created; `reason` is the
    /// system's explanation, such as "Permission denied".
    case cannotCreateDirectory(path: String, reason: String)
    /// The file is not a ChatTutor database (another program's, or corrupt). It was left
    /// untouched.
    case notADatabase(path: String)
    /// The path names a FIFO, a device or a socket: opening it would wait or read forever.
    case notAFile(path: String)
    /// The file, or the directory that must hold it, cannot be written.
    case readOnly(path: String)
    /// A newer ChatTutor migrated the database; this one refuses rather than corrupt it.
    case newerSchema(path: String)
    /// The disk is full; the write was rolled back whole.
    case diskFull(path: String)
    /// A database server (PostgreSQL) could not be reached or did not answer in time.
    /// `database` is its address without the password; `reason` says what failed.
    case unreachable(database: String, operation: String, reason: String)
    /// The database server answered but refused the login: a wrong user name or password,
    /// or no such database. `database` is its address without the password.
    case refused(database: String, reason: String)
    /// Anything else. `operation` says what was being done ("save the module"); `reason`
    /// is SQLite's message, which names tables and columns but never their contents.
    case failed(operation: String, reason: String)

    /// One sentence for the user: what went wrong, then what to do.
    public var description: String {
        switch self {
        case .cannotCreateDirectory(let path, let reason):
            "cannot create the directory \(path) (\(reason)); create it yourself, or pass --db with a path you can write"
        case .notADatabase(let path):
            "\(path) is not a ChatTutor database (or is corrupt); it was left untouched. Move it aside, or pass --db with another path"
        case .notAFile(let path):
            "\(path) is not a file (a FIFO, a device or a socket); pass --db with the path of a database file"
        case .readOnly(let path):
            "\(path) is read-only; check its permissions, or pass --db with a path you can write"
        case .newerSchema(let path):
            "\(path) was written by a newer ChatTutor; it was left untouched. Update ChatTutor, or pass --db with another path"
        case .diskFull(let path):
            "the disk holding \(path) is full, so nothing was saved; free some space and try again"
        case .unreachable(let database, let operation, let reason):
            "could not \(operation): the database \(database) did not answer (\(reason)); check that it is running and that --database-url names it, then try again"
        case .refused(let database, let reason):
            "the database \(database) refused the login (\(reason)); check the user, password and database name in --database-url (or CHATTUTOR_DATABASE_URL)"
        case .failed(let operation, let reason):
            "could not \(operation) (\(reason)); try again, or pass --db with another path"
        }
    }
}
