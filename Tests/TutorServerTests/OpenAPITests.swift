// docs/openapi.yaml and the router agree: every documented route is served, every served one documented.

import Foundation
import Testing

@testable import TutorServer

@Suite("OpenAPI document")
struct OpenAPITests {
    /// `METHOD /path` for every operation under `paths:` (a line scan: paths at two spaces,
    /// methods at four).
    static func documentedRoutes() throws -> Set<String> {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../docs/openapi.yaml")
        let text = try String(contentsOf: url.standardizedFileURL, encoding: .utf8)
        var routes: Set<String> = []
        var inPaths = false
        var path: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" "), !line.isEmpty {
                inPaths = line == "paths:"
                continue
            }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), line.hasSuffix(":") {
                path = String(line.dropFirst(2).dropLast())
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), let path {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "delete", "patch"].contains(method) {
                    routes.insert("\(method.uppercased()) \(path)")
                }
            }
        }
        return routes
    }

    @Test("every route in docs/openapi.yaml is served, and every served route is in it")
    func documentMatchesRouter() throws {
        let documented = try Self.documentedRoutes()
        for metricsPublic in [false, true] {
            let fixture = try ServerFixture { $0.metricsPublic = metricsPublic }
            let served = Set(fixture.server.routes.map(\.description))
            #expect(
                served.subtracting(documented).isEmpty,
                "served but not documented: \(served.subtracting(documented).sorted())")
            #expect(
                documented.subtracting(served).isEmpty,
                "documented but not served: \(documented.subtracting(served).sorted())")
        }
        #expect(documented.count == 11)
    }
}
