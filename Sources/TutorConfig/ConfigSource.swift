// Where a setting was read: a configuration file, an environment variable or a flag.

/// The place a setting came from, named the way the user wrote it.
public enum ConfigSource: Sendable, Hashable {
    /// A configuration file, by path.
    case file(String)
    /// An environment variable, by name.
    case environment(String)
    /// A command-line flag, such as `--port`.
    case flag(String)

    /// The place as `chattutor doctor` reports it: the file's path, `environment NAME` or the flag.
    public var label: String {
        switch self {
        case .file(let path): path
        case .environment(let name): "environment \(name)"
        case .flag(let name): name
        }
    }
}
