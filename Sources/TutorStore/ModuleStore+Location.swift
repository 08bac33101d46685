// Where the database lives when the user does not pass --db.

import Foundation
import TutorCore

extension ModuleStore {
    /// The database's default location, following the XDG base directory specification:
    /// `$XDG_DATA_HOME/chattutor/chattutor.sqlite`, else
    /// `$HOME/.local/share/chattutor/chattutor.sqlite`.
    ///
    /// The specification says to ignore an `XDG_DATA_HOME` that is empty or not absolute.
    /// - Parameter environment: The process environment; tests pass their own.
    public static func defaultURL(environment: [String: String] = ProcessEnvironment.variables) -> URL {
        let dataHome: URL
        if let value = environment["XDG_DATA_HOME"], value.hasPrefix("/") {
            dataHome = URL(fileURLWithPath: value, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(
                ".local/share", isDirectory: true)
        }
        return dataHome.appendingPathComponent("chattutor", isDirectory: true).appendingPathComponent(
            "chattutor.sqlite")
    }
}
