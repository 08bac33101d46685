// CORS for the configured origins only: none by default, so no CORS headers at all.

import Hummingbird

/// Adds CORS headers to responses for an allowed `Origin` and answers its preflight
/// `OPTIONS`; requests from other origins get no CORS headers, and their preflight 403.
struct CORSAllowList: RouterMiddleware {
    typealias Context = ServerContext
    let origins: Set<String>

    static let allowedMethods = "GET, POST, PUT, DELETE, OPTIONS"
    static let allowedHeaders = "Authorization, Content-Type"

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response)
        async throws -> Response
    {
        let origin = request.headers[.origin]
        let allowed = origin.map(origins.contains) ?? false
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            guard allowed, let origin else {
                throw APIError(
                    .forbidden, code: "origin_not_allowed",
                    message: "this origin is not in the server's --cors-origin list")
            }
            var headers = Self.headers(for: origin)
            headers[.accessControlAllowMethods] = Self.allowedMethods
            headers[.accessControlAllowHeaders] = Self.allowedHeaders
            headers[.accessControlMaxAge] = "600"
            return Response(status: .noContent, headers: headers)
        }
        var response = try await next(request, context)
        if allowed, let origin { response.headers.append(contentsOf: Self.headers(for: origin)) }
        return response
    }

    private static func headers(for origin: String) -> HTTPFields {
        [.accessControlAllowOrigin: origin, .vary: "Origin"]
    }
}
