// `chattutor serve`'s commands as the help shows them, shared by chattutor-serve and chattutor's stand-in.

import ArgumentParser

/// What `chattutor serve` and its subcommands say about themselves. chattutor-serve's commands
/// use these, and chattutor prints the same help from `ServeHelpStandIn` when chattutor-serve
/// is not built, so the two cannot drift apart.
public enum ServeCommandLine {
    /// The root command: what serving is, with its subcommands (the real ones or stand-ins).
    public static func configuration(
        subcommands: [any ParsableCommand.Type], defaultSubcommand: (any ParsableCommand.Type)?
    ) -> CommandConfiguration {
        CommandConfiguration(
            // `chattutor serve` starts chattutor-serve, so the help names that command.
            commandName: "chattutor serve",
            abstract: "Serve the tutor as an HTTP API for a web or mobile front end.",
            discussion: """
                Endpoints: docs/openapi.yaml. Every endpoint but /health needs `Authorization: Bearer \
                TOKEN`; make one with `chattutor serve token create --user NAME`. Settings come from \
                flags, then CHATTUTOR_SERVE_* variables, then serve_* keys in config.toml.
                """,
            version: ChatTutorRelease.version,
            subcommands: subcommands,
            defaultSubcommand: defaultSubcommand)
    }

    /// `serve run`, the default subcommand (its options are `ServeRunOptions`).
    public static let run = CommandConfiguration(
        commandName: "run", abstract: "Run the server until SIGTERM or SIGINT (the default subcommand).")

    /// `serve token`, with its own subcommands.
    public static func token(subcommands: [any ParsableCommand.Type]) -> CommandConfiguration {
        CommandConfiguration(
            commandName: "token", abstract: "Create, list and revoke the server's bearer tokens.",
            subcommands: subcommands)
    }

    /// Serve's help as chattutor-serve prints it for `--help` and for `run --help`, made from the
    /// same declarations without the server's packages.
    public static func helpText(columns: Int? = nil) -> String {
        ServeHelpStandIn.helpMessage(columns: columns) + "\n\n"
            + ServeHelpStandIn.helpMessage(for: ServeRunStandIn.self, columns: columns)
    }
}

/// `chattutor serve` as its help shows it; it never runs.
struct ServeHelpStandIn: ParsableCommand {
    static let configuration = ServeCommandLine.configuration(
        subcommands: [ServeRunStandIn.self, ServeTokenStandIn.self], defaultSubcommand: ServeRunStandIn.self)
}

/// `chattutor serve run` as its help shows it: the real options.
struct ServeRunStandIn: ParsableCommand {
    static let configuration = ServeCommandLine.run
    @OptionGroup var options: ServeRunOptions
}

/// `chattutor serve token` as the root's help lists it.
struct ServeTokenStandIn: ParsableCommand {
    static let configuration = ServeCommandLine.token(subcommands: [])
}
