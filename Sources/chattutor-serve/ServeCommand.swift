// chattutor-serve, run as `chattutor serve`: the HTTP API over the same engine and store, and its token commands.
// Its own executable, so that only those who serve build Hummingbird, NIO and Prometheus.

import ArgumentParser
import Foundation
import Logging
import TutorApp
import TutorCommandLine
import TutorConfig
import TutorCore
import TutorLLM
import TutorServer
import TutorServerConfiguration
import TutorStore

@main
struct ServeCommand: AsyncParsableCommand {
    // What serve says about itself is TutorCommandLine's, shared with chattutor's help when this is not built.
    static let configuration = ServeCommandLine.configuration(
        subcommands: [ServeRunCommand.self, ServeTokenCommand.self], defaultSubcommand: ServeRunCommand.self)
}

struct ServeRunCommand: AsyncParsableCommand {
    static let configuration = ServeCommandLine.run

    @OptionGroup var options: ServeRunOptions

    func run() async throws {
        try await reportingUserErrors {
            let configuration = try resolveConfiguration()
            LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
            var logger = Logger(label: "chattutor.serve")
            logger.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
            var storeLogger = logger
            storeLogger.logLevel = max(logger.logLevel, .warning)
            try await ServeStore.with(
                databaseURL: configuration.databaseURL, sqlitePath: options.database.db, logger: storeLogger
            ) { store, storeName in
                try await serve(configuration, store: store, storeName: storeName, logger: logger)
            }
        }
    }

    private func serve(_ configuration: ServerConfiguration, store: any ServerStore, storeName: String, logger: Logger)
        async throws
    {
        let parts = try EngineParts(options.model)
        // The server's registry times conversations out, so it knows which are ending. One
        // core is kept for taking requests: analyses and module rounds use the others (at
        // least one), so a burst of full batches cannot stall `POST /message`.
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
        // Users take turns for those cores: one user's backlog never holds another's work
        // up by more than one piece of work.
        var engineConfiguration = EngineConfiguration(
            batchSize: configuration.batchSize, idleTimeout: nil, maximumConcurrentWork: workers)
        engineConfiguration.workQueue = ChatTutorServer.workQueue
        let engine = parts.makeEngine(engineConfiguration)
        let server = ChatTutorServer(configuration: configuration, engine: engine, store: store, logger: logger)
        let host = configuration.host
        do {
            try await server.run { port in
                FileHandle.standardOutput.write(
                    Data(
                        "chattutor serve: listening on http://\(host):\(port) (analyser \(parts.analyserName), store \(storeName), instance \(server.ledger.instanceID))\n"
                            .utf8))
            }
        } catch {
            throw UserError(
                message: ListenError.message(for: error, host: host, port: configuration.port), exitCode: 70)
        }
    }

    /// Flags, then CHATTUTOR_SERVE_*, then the `serve_*` keys of the user's config.toml.
    private func resolveConfiguration() throws -> ServerConfiguration {
        let environment = ProcessEnvironment.variables
        do {
            let file = try ConfigFile.load(ConfigFile.userConfigURL(environment: environment))
            return try ServerConfiguration.resolve(flags: options.flags, environment: environment, file: file)
        } catch {
            throw UserError(message: "\(error)", exitCode: 78)
        }
    }
}
