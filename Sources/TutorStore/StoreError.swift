// Why the store cannot do what was asked, said so the user knows what to do.

/// A storage problem. Messages name the file and what to do; they never contain module text.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotCreateDirectory(path: String, reason: String)
    /// The file is not a SQLite database (or is corrupt); it was left untouched.
    case notADatabase(path: String)
    case readOnly(path: String)
    /// The database was written by a newer ChatTutor.
    case newerSchema(path: String)
    case diskFull(path: String)
    case failed(operation: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreateDirectory(let path, let reason):
            "cannot create the directory \(path) (\(reason)); pass --db with a path you can write"
        case .notADatabase(let path):
            "\(path) is not a ChatTutor database, or it is corrupt; it was left untouched. Move it aside, or pass --db with another path"
        case .readOnly(let path):
            "\(path) is read-only; check its permissions, or pass --db with a path you can write"
        case .newerSchema(let path):
            "\(path) was written by a newer version of ChatTutor; update chattutor, or pass --db with another path"
        case .diskFull(let path):
            "the disk holding \(path) is full; nothing was saved. Free some space and try again"
        case .failed(let operation, let reason):
            "could not \(operation): \(reason)"
        }
    }
}
