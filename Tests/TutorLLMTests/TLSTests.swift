// The client over TLS: a local `openssl s_server` with a certificate from a throwaway authority.

import Foundation
import Testing
import TutorCore

@testable import TutorLLM

@Suite("TLS", .timeLimit(.minutes(2)), .enabled(if: TLSTestServer.isAvailable, "needs the openssl command"))
struct TLSTests {
    @Test("https: trusting the test authority, the models are listed; with the system's roots only, TLS fails")
    func trustedAndUntrusted() async throws {
        let server = try TLSTestServer()
        defer { server.stop() }
        let endpoint = LLMEndpoint(baseURL: server.baseURL, model: "tls-model", idleTimeout: .seconds(30))
        let trusting = LLMClient(
            endpoint: endpoint, retryPolicy: RetryPolicy(maximumRetries: 0), breaker: .disabled(),
            transport: { AsyncHTTPClientTransport(clock: $0, additionalTrustRootsFile: server.authorityFile) })
        #expect(try await trusting.listModels() == ["tls-model"])
        let untrusting = LLMClient(
            endpoint: endpoint, retryPolicy: RetryPolicy(maximumRetries: 0), breaker: .disabled())
        do {
            _ = try await untrusting.listModels()
            Issue.record("a certificate from an unknown authority was accepted")
        } catch {
            guard case .unreachable(_, let reason) = error else {
                Issue.record("expected unreachable, got \(error)")
                return
            }
            #expect(reason.hasPrefix("TLS failed"), "\(reason)")
        }
    }
}

/// `openssl s_server -WWW` on 127.0.0.1 (a port of its own), serving `v1/models` over TLS with a
/// certificate for 127.0.0.1 signed by an authority made for this run (`authorityFile`).
final class TLSTestServer {
    static let isAvailable = FileManager.default.isExecutableFile(atPath: opensslPath)
    private static let opensslPath = "/usr/bin/openssl"

    let directory: URL
    let port: Int
    private let process: Process

    var baseURL: URL { URL(string: "https://127.0.0.1:\(port)/v1")! }
    var authorityFile: String { directory.appendingPathComponent("ca.pem").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("chattutor-tls-\(UUID().uuidString)")
        let www = directory.appendingPathComponent("www/v1")
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        try Data(#"{"data":[{"id":"tls-model"}]}"#.utf8).write(to: www.appendingPathComponent("models"))
        try Data("subjectAltName=IP:127.0.0.1\n".utf8).write(to: directory.appendingPathComponent("san"))
        let key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try Self.openssl(
            ["req", "-x509"] + key + [
                "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=ChatTutor test authority",
            ], in: directory)
        try Self.openssl(
            ["req"] + key + ["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"], in: directory)
        try Self.openssl(
            [
                "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
                "server.pem", "-days", "2", "-extfile", "san",
            ], in: directory)
        let output = Pipe()
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.opensslPath)
        process.arguments = [
            "s_server", "-accept", "127.0.0.1:0", "-cert", "../server.pem", "-key", "../server.key", "-WWW",
        ]
        process.currentDirectoryURL = directory.appendingPathComponent("www")
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // It prints "ACCEPT 127.0.0.1:PORT" once it listens.
        var text = ""
        while !text.contains("\n") || !text.contains("ACCEPT") {
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("ACCEPT") }),
            let port = line.split(separator: ":").last.flatMap({ Int($0) })
        else {
            kill(process.processIdentifier, SIGKILL)
            throw TLSTestServerError(output: text)
        }
        self.port = port
    }

    /// SIGKILL: the test runner blocks SIGTERM, and a child keeps that mask.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }

    private static func openssl(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opensslPath)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TLSTestServerError(output: "openssl \(arguments[0]) failed") }
    }
}

struct TLSTestServerError: Error {
    var output: String
}
