// A --db path the user typed: it must name a file in a folder that exists.

import Foundation

/// Checks a database path the user gave with `--db` before the store opens it. The store
/// creates its default folder, but a folder chain for a typed path is not created: a typo
/// would otherwise leave an empty database somewhere unexpected.
public enum ChosenDatabasePath {
    /// Throws when `path` is a folder, or when the folder that should hold it does not exist.
    public static func check(_ path: String) throws(UserError) {
        let url = URL(fileURLWithPath: path)
        if isFolder(url.path) {
            throw UserError(key: "saved.db_is_folder", ["path": path], exitCode: 73)
        }
        let folder = url.deletingLastPathComponent().path
        guard isFolder(folder) else {
            throw UserError(key: "saved.db_no_folder", ["path": path, "folder": folder], exitCode: 73)
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
