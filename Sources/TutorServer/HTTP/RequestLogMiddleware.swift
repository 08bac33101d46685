// One structured log line and one metric per request, with every error answered as JSON.

import Hummingbird
import Logging

/// Turns any error into the API's JSON error, then logs method, route, status and duration
/// (never the path's values beyond the route pattern, a body, or a header) and counts the
/// request by route and status.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let metrics: ServerMetrics
    let logger: Logger

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response)
        async throws -> Response
    {
        let started = ContinuousClock.now
        var response: Response
        do {
            // TRACE, CONNECT, PATCH and the like: no route takes them, wherever they point.
            guard Self.servedMethods.contains(request.method) else { throw Self.methodNotAllowed }
            response = try await next(request, context)
        } catch {
            response = try Self.apiError(for: error).response(from: request, context: context)
        }
        let duration = ContinuousClock.now - started
        let route = context.endpointPath ?? "unmatched"
        metrics.recordRequest(
            method: request.method.rawValue, route: route, status: response.status.code, duration: duration)
        logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)", "route": "\(route)", "status": "\(response.status.code)",
                "duration_ms":
                    "\(Double(duration.components.attoseconds / 1_000_000_000_000) / 1000 + Double(duration.components.seconds) * 1000)",
            ])
        return response
    }

    static let servedMethods: Set<HTTPRequest.Method> = [.get, .head, .post, .put, .delete, .options]
    static let methodNotAllowed = APIError(
        .methodNotAllowed, code: "method_not_allowed",
        message: "this route does not take that method; see docs/openapi.yaml")

    static func apiError(for error: any Error) -> APIError {
        switch error {
        case let error as APIError: error
        case let error as HTTPError where error.status == .notFound:
            .notFound("no such route; see docs/openapi.yaml")
        case let error as HTTPError where error.status == .methodNotAllowed: methodNotAllowed
        case let error as HTTPResponseError where error.status == .contentTooLarge:
            .tooLarge("the body is too large; send less")
        default: .internalError
        }
    }
}
