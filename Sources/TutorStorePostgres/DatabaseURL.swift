// A `postgres://` URL taken apart: where the database is, who connects, and how TLS is used.

import Foundation

/// What `--database-url` / `CHATTUTOR_DATABASE_URL` says, in libpq's URL form:
/// `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=MODE`, or a unix socket with
/// `postgres://USER:PASSWORD@/DATABASE?host=/run/postgresql`.
///
/// Its ``description`` never shows the password, so it can be logged and put in errors.
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS, as libpq's `sslmode` names it.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it, plain otherwise (libpq's default).
        case prefer
        /// TLS or no connection; the certificate is not checked (libpq's meaning).
        case require
        /// TLS with a certificate signed by a trusted authority.
        case verifyCA = "verify-ca"
        /// As `verify-ca`, and the certificate must name the host.
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    /// The directory holding the server's socket (`?host=/dir`); nil for TCP.
    public var socketDirectory: String?
    public var user: String
    public var password: String?
    public var database: String
    public var tlsMode: TLSMode

    /// Parses `text`.
    ///
    /// - Throws: ``DatabaseURLError`` saying which part is wrong (never quoting the password).
    public init(_ text: String) throws(DatabaseURLError) {
        guard let components = URLComponents(string: text),
            let scheme = components.scheme, scheme == "postgres" || scheme == "postgresql"
        else {
            throw DatabaseURLError(
                problem: "it must start with postgres:// (postgres://USER:PASSWORD@HOST:PORT/DATABASE)")
        }
        let query = components.queryItems ?? []
        func parameter(_ name: String) -> String? { query.last { $0.name == name }?.value }
        for item in query where !["sslmode", "host"].contains(item.name) {
            throw DatabaseURLError(problem: "it has the parameter \(item.name); only sslmode and host are understood")
        }
        socketDirectory = parameter("host").flatMap { $0.hasPrefix("/") ? $0 : nil }
        host =
            components.host.flatMap { $0.isEmpty ? nil : $0 } ?? parameter("host").flatMap {
                $0.hasPrefix("/") ? nil : $0
            } ?? "localhost"
        if socketDirectory == nil, components.host?.isEmpty ?? true, parameter("host") == nil {
            throw DatabaseURLError(
                problem: "it names no host (postgres://USER@HOST/DATABASE, or ?host=/socket/directory)")
        }
        port = components.port ?? 5432
        guard (1...65_535).contains(port) else {
            throw DatabaseURLError(problem: "its port is not between 1 and 65535")
        }
        guard let user = components.user, !user.isEmpty else {
            throw DatabaseURLError(problem: "it names no user (postgres://USER:PASSWORD@HOST/DATABASE)")
        }
        self.user = user
        password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : path
        let mode = parameter("sslmode") ?? TLSMode.prefer.rawValue
        guard let tlsMode = TLSMode(rawValue: mode) else {
            throw DatabaseURLError(
                problem:
                    "its sslmode is \(mode); use one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.tlsMode = tlsMode
    }

    /// The URL with the password replaced by `***`: safe for logs and error messages.
    public var description: String {
        let credentials = password == nil ? user : "\(user):***"
        if let socketDirectory { return "postgres://\(credentials)@/\(database)?host=\(socketDirectory)" }
        return "postgres://\(credentials)@\(host):\(port)/\(database)?sslmode=\(tlsMode.rawValue)"
    }

    /// The socket file in `socketDirectory`, named after the port as PostgreSQL names it.
    var socketPath: String? { socketDirectory.map { "\($0)/.s.PGSQL.\(port)" } }
}

/// A database URL that cannot be used; ``description`` says which part and how to write it.
public struct DatabaseURLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problem: String
    public var description: String { "the database URL cannot be used: \(problem)" }
}
