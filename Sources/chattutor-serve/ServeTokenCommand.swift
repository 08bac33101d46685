// `chattutor serve token create|list|revoke`: bearer tokens, stored only as SHA-256 hashes.

import ArgumentParser
import Foundation
import TutorApp
import TutorCommandLine
import TutorCore
import TutorServer
import TutorStore

struct ServeTokenCommand: AsyncParsableCommand {
    static let configuration = ServeCommandLine.token(subcommands: [
        ServeTokenCreateCommand.self, ServeTokenListCommand.self, ServeTokenRevokeCommand.self,
    ])
}

struct ServeTokenCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Print a new token for a user, once; only its hash is stored.",
        discussion: "With --count N, makes users NAME-1 … NAME-N and prints `user<TAB>token` lines (for load tests).")

    @Option(help: "The user the token acts for (1–128 of A–Z a–z 0–9 . _ : -).") var user: String
    @Option(help: "Make this many users and tokens.") var count: Int?
    @OptionGroup var database: ServeDatabaseOption

    func validate() throws {
        guard (try? APIToken.validUserName(user)) != nil else {
            throw ValidationError("--user must be 1–128 characters of A–Z, a–z, 0–9, '.', '_', ':' or '-'")
        }
        if let count, !(1...100_000).contains(count) { throw ValidationError("--count must be from 1 to 100000") }
    }

    func run() async throws {
        try await reportingUserErrors {
            let users = count.map { count in (1...count).map { "\(user)-\($0)" } } ?? [user]
            let tokens = users.map { ($0, APIToken.generate()) }
            try await database.withStore { store in
                do {
                    try await store.insertTokens(tokens.map { $0.1.record(for: $0.0) })
                } catch {
                    throw UserError.cannotCreate("\(error)")
                }
            }
            var output = OutputBuffer()
            if count == nil {
                output.write(tokens[0].1.value + "\n")
                FileHandle.standardError.write(Data("Token for \(user) (shown once; only its hash is stored).\n".utf8))
            } else {
                for (name, token) in tokens { output.write("\(name)\t\(token.value)\n") }
            }
            output.flush()
        }
    }
}

struct ServeTokenListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List tokens: id, user, created, revoked (never a token).")

    @Option(help: "Only this user's tokens.") var user: String?
    @OptionGroup var database: ServeDatabaseOption

    func run() async throws {
        try await reportingUserErrors {
            let records = try await database.withStore { store in
                do {
                    return try await store.tokens().filter { user == nil || $0.userName == user }
                } catch {
                    throw UserError.noInput("\(error)")
                }
            }
            var output = OutputBuffer()
            output.write("ID\tUSER\tCREATED\tREVOKED\n")
            for record in records {
                output.write(
                    "\(record.id)\t\(TextSanitizer.printable(record.userName))\t\(record.createdAt.formatted(.iso8601))\t\(record.revokedAt?.formatted(.iso8601) ?? "-")\n"
                )
            }
            output.flush()
        }
    }
}

struct ServeTokenRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a token by its id (the part before the dot); a running server stops taking it within 30 s.")

    @Argument(help: "The token's id, as `token list` shows it.") var id: String
    @OptionGroup var database: ServeDatabaseOption

    func run() async throws {
        try await reportingUserErrors {
            let revoked = try await database.withStore { store in
                do {
                    return try await store.revokeToken(id: id, at: Date())
                } catch {
                    throw UserError.cannotCreate("\(error)")
                }
            }
            guard revoked else {
                throw UserError.noInput("no unrevoked token \(id); `chattutor serve token list` shows them")
            }
            print("Revoked token \(id).")
        }
    }
}
