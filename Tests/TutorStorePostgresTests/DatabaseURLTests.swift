// Reading --database-url: every part, the TLS modes, and a password never shown.

import Testing
import TutorStorePostgres

@Suite("Database URLs")
struct DatabaseURLTests {
    @Test("a TCP URL gives host, port, user, password, database and sslmode")
    func tcp() throws {
        let url = try DatabaseURL("postgres://tutor:p%40ss@db.example.org:6543/chattutor?sslmode=require")
        #expect(url.host == "db.example.org")
        #expect(url.port == 6543)
        #expect(url.user == "tutor")
        #expect(url.password == "p@ss")
        #expect(url.database == "chattutor")
        #expect(url.tlsMode == .require)
        #expect(url.socketDirectory == nil)
    }

    @Test("defaults: port 5432, the user's database, sslmode prefer")
    func defaults() throws {
        let url = try DatabaseURL("postgresql://tutor@localhost")
        #expect(url.port == 5432)
        #expect(url.database == "tutor")
        #expect(url.tlsMode == .prefer)
        #expect(url.password == nil)
    }

    @Test("a unix socket directory in ?host=")
    func socket() throws {
        let url = try DatabaseURL("postgres://tutor@/chattutor?host=/run/postgresql")
        #expect(url.socketDirectory == "/run/postgresql")
        #expect(url.description == "postgres://tutor@/chattutor?host=/run/postgresql")
    }

    @Test("the description hides the password")
    func redacted() throws {
        let url = try DatabaseURL("postgres://tutor:hunter2@127.0.0.1:5432/chattutor?sslmode=disable")
        #expect(url.description == "postgres://tutor:***@127.0.0.1:5432/chattutor?sslmode=disable")
    }

    @Test(
        "unusable URLs are refused, saying why",
        arguments: [
            ("mysql://tutor@localhost/db", "postgres://"),
            ("postgres://localhost/db", "no user"),
            ("postgres://tutor:secret@localhost/db?sslmode=always", "sslmode is always"),
            ("postgres://tutor:secret@localhost/db?application_name=x", "application_name"),
        ])
    func refused(_ text: String, _ expected: String) {
        let error = #expect(throws: DatabaseURLError.self) { try DatabaseURL(text) }
        let message = error.map(\.description) ?? ""
        #expect(message.contains(expected))
        #expect(!message.contains("secret"))
    }
}
