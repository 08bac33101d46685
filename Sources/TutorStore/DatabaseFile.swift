// The database file on disk: created owner-only, and refused untouched when it is not SQLite.

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Gets the path ready for SQLite before any connection opens it. SQLite would create a
/// missing file with the umask's mode, and would happily turn a foreign file's neighbours
/// into journals, so the store creates and checks everything itself first.
enum DatabaseFile {
    /// Directories the store creates are the owner's only (as XDG asks for its data home).
    static let directoryMode: mode_t = 0o700
    /// The database holds what learners wrote: the owner's only. SQLite gives its `-wal`
    /// and `-shm` files the mode of the database file.
    static let fileMode: mode_t = 0o600

    /// The first 16 bytes of every SQLite 3 database file.
    static let sqliteHeader = Data("SQLite format 3\0".utf8)

    /// Creates the directory and an empty database file when missing, each with its
    /// owner-only mode whatever the umask; checks an existing file without changing it.
    static func prepare(_ url: URL) throws(StoreError) {
        let directory = url.deletingLastPathComponent()
        try createDirectories(directory)
        if try !createFile(url, in: directory) {
            try checkExistingFile(url, in: directory)
        }
    }

    /// Creates `directory` and its missing ancestors with mode 0700.
    private static func createDirectories(_ directory: URL) throws(StoreError) {
        var missing: [URL] = []
        var candidate = directory
        while !exists(candidate.path), candidate.path != "/", !candidate.path.isEmpty {
            missing.append(candidate)
            candidate = candidate.deletingLastPathComponent()
        }
        for path in missing.reversed().map(\.path) {
            if mkdir(path, directoryMode) == 0 {
                // mkdir's mode passes through the umask; set it exactly.
                guard chmod(path, directoryMode) == 0 else {
                    throw .cannotCreateDirectory(path: path, reason: lastErrorDescription())
                }
            } else if errno != EEXIST {  // EEXIST: another process made it first.
                throw .cannotCreateDirectory(path: path, reason: lastErrorDescription())
            }
        }
        guard isDirectory(directory.path) else {
            throw .cannotCreateDirectory(
                path: directory.path, reason: "something that is not a directory is in the way")
        }
    }

    /// Creates an empty owner-only file; false when one already exists. `O_EXCL` makes this
    /// safe when two processes start at once: only one creates, neither replaces.
    private static func createFile(_ url: URL, in directory: URL) throws(StoreError) -> Bool {
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else {
            switch errno {
            case EEXIST: return false
            case EACCES, EPERM, EROFS: throw .readOnly(path: directory.path)
            default: throw .failed(operation: "create the database file", reason: lastErrorDescription())
            }
        }
        defer { close(descriptor) }
        // open's mode passes through the umask; set it exactly.
        guard fchmod(descriptor, fileMode) == 0 else {
            throw .failed(operation: "make the database file owner-only", reason: lastErrorDescription())
        }
        return true
    }

    /// Refuses, without writing to it, a file that is not SQLite or that cannot be written.
    private static func checkExistingFile(_ url: URL, in directory: URL) throws(StoreError) {
        let path = url.path
        try checkKind(path)
        if access(path, R_OK | W_OK) != 0 { throw .readOnly(path: path) }
        // SQLite writes its journal files next to the database.
        if access(directory.path, W_OK) != 0 { throw .readOnly(path: directory.path) }
        try checkHeader(url)
    }

    /// Gets an existing file ready to be read only (a backup, a read-only copy): it must be
    /// a readable SQLite file. Nothing is created or changed.
    static func prepareForReading(_ url: URL) throws(StoreError) {
        try checkKind(url.path)
        if access(url.path, R_OK) != 0 { throw .readOnly(path: url.path) }
        try checkHeader(url)
    }

    /// What SQLite should open to read `url` only. In a directory the user cannot write,
    /// SQLite cannot make the shared-memory file a write-ahead-log database needs even to
    /// read, so the file is opened as immutable (a URI; nothing else may be writing a file
    /// that nobody can write beside).
    static func readingPath(for url: URL) -> String {
        guard access(url.deletingLastPathComponent().path, W_OK) != 0 else { return url.path }
        let encoded = url.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? url.path
        return "file:\(encoded)?immutable=1"
    }

    /// Refuses a directory, and anything but a regular file: opening a FIFO waits for a
    /// writer forever, and a device is not a database.
    private static func checkKind(_ path: String) throws(StoreError) {
        if isDirectory(path) { throw .notADatabase(path: path) }
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG { throw .notAFile(path: path) }
    }

    /// Refuses a file whose first bytes are not SQLite's (an empty file is a new database).
    private static func checkHeader(_ url: URL) throws(StoreError) {
        let path = url.path
        let header: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            header = try handle.read(upToCount: sqliteHeader.count) ?? Data()
        } catch {
            throw .failed(operation: "read the database file", reason: "\(type(of: error))")
        }
        // An empty file is a database nobody has written to yet.
        if !header.isEmpty, header != sqliteHeader { throw .notADatabase(path: path) }
    }

    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The C library's text for `errno`: names the problem, never any file content.
    private static func lastErrorDescription() -> String {
        String(cString: strerror(errno))
    }
}
