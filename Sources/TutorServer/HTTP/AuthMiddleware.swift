// Bearer-token authentication for every route behind it: 401 without a valid token.

import Hummingbird

/// Checks `Authorization: Bearer <token>` and puts the token's user in the context. The
/// token is never logged; a store that cannot be read answers 503.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let verifier: TokenVerifier

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response)
        async throws -> Response
    {
        guard let header = request.headers[.authorization], header.count > 7,
            header.prefix(7).lowercased() == "bearer "
        else { throw APIError.unauthorized }
        let user: String?
        do {
            user = try await verifier.user(forBearer: header.dropFirst(7).drop { $0 == " " })
        } catch {
            throw APIError(
                .serviceUnavailable, code: "unavailable", message: "the token store cannot be read; try again shortly",
                retryAfterSeconds: 2)
        }
        guard let user else { throw APIError.unauthorized }
        var context = context
        context.user = user
        return try await next(request, context)
    }
}
