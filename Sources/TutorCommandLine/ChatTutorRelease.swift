// The release both executables report with --version, kept in one place so they never disagree.

/// The release of chattutor and chattutor-serve.
public enum ChatTutorRelease {
    /// What `chattutor --version` and `chattutor serve --version` print.
    public static let version = "0.13.0"
}
