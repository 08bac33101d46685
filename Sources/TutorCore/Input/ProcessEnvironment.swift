// The process's environment variables, read once.

import Foundation

/// The environment the process started with. Foundation's `ProcessInfo.environment` builds a
/// new dictionary of every variable on each call (about 0.4 million instructions here), and
/// the chat asked it nine times before its first frame; nothing in ChatTutor changes its own
/// environment, so one copy serves every reader.
public enum ProcessEnvironment {
    /// Every variable, as the process started with them.
    public static let variables: [String: String] = ProcessInfo.processInfo.environment
}
