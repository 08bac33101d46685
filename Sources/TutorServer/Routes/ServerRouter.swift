// Builds the router: middleware, then every route of the contract from one table.

import Hummingbird
import Logging
import TutorCore
import TutorServerConfiguration
import TutorStore

/// One route as the OpenAPI document writes it (`/teaching_module/{module_id}`).
public struct APIRoute: Hashable, Sendable, CustomStringConvertible {
    public var method: String
    public var path: String
    public var description: String { "\(method) \(path)" }
}

/// What the route handlers share.
struct RouteDependencies: Sendable {
    let registry: ConversationRegistry
    let store: any ServerStore
    let ledger: ConversationLedger
    let verifier: TokenVerifier
    let metrics: ServerMetrics
    let limits: ServerConfiguration.Limits
    let metricsPublic: Bool
    let logger: Logger
}

/// Registers routes on a Hummingbird router and remembers each, so the OpenAPI test can
/// compare the document with what is really served.
final class RouteTable {
    let router: Router<ServerContext>
    let authenticated: RouterGroup<ServerContext>
    private(set) var routes: [APIRoute] = []

    init(_ dependencies: RouteDependencies, corsOrigins: Set<String>) {
        router = Router(context: ServerContext.self)
        // Order matters: CORS headers go on every answer, errors included.
        router.add(middleware: CORSAllowList(origins: corsOrigins))
        router.add(middleware: RequestLogMiddleware(metrics: dependencies.metrics, logger: dependencies.logger))
        authenticated = router.group().add(middleware: AuthMiddleware(verifier: dependencies.verifier))
    }

    /// Adds a route: `{name}` in `path` is a parameter.
    func add(
        _ method: HTTPRequest.Method, _ path: String, authenticated needsToken: Bool = true,
        _ handler: @escaping @Sendable (Request, ServerContext) async throws -> Response
    ) {
        let routerPath = RouterPath(
            path.split(separator: "/").map { $0.hasPrefix("{") ? ":" + $0.dropFirst().dropLast() : $0 }.joined(
                separator: "/"))
        if needsToken {
            authenticated.on(routerPath, method: method, use: handler)
        } else {
            router.on(routerPath, method: method, use: handler)
        }
        routes.append(APIRoute(method: method.rawValue, path: path))
    }
}

/// The server's router and the routes it serves.
public struct ServerRouter {
    let router: Router<ServerContext>
    /// Every route served, as `METHOD /path/{parameter}`.
    public let routes: [APIRoute]

    init(_ dependencies: RouteDependencies, corsOrigins: Set<String>) {
        let table = RouteTable(dependencies, corsOrigins: corsOrigins)
        ConversationRoutes(dependencies).register(in: table)
        UserModuleRoutes(dependencies).register(in: table)
        OperationsRoutes(dependencies).register(in: table)
        router = table.router
        routes = table.routes
    }
}
