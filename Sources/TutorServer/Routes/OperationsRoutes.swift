// Health and metrics: for probes and Prometheus, not for learners.

import Hummingbird

/// `GET /health` (no token) and `GET /metrics` (token unless `--metrics-public`).
struct OperationsRoutes: Sendable {
    let dependencies: RouteDependencies
    init(_ dependencies: RouteDependencies) { self.dependencies = dependencies }

    func register(in table: RouteTable) {
        table.add(.get, "/health", authenticated: false, health)
        table.add(.get, "/metrics", authenticated: !dependencies.metricsPublic, metrics)
    }

    @Sendable func health(_ request: Request, _ context: ServerContext) async throws -> Response {
        let storeOK: Bool
        do {
            try await dependencies.store.ping()
            storeOK = true
        } catch {
            storeOK = false
        }
        let engineRunning = await !dependencies.registry.isShuttingDown
        // Draining (SIGTERM with a drain delay): still running, but not ready for new conversations.
        let draining = await dependencies.registry.isDraining
        let ready = storeOK && engineRunning && !draining
        let body = HealthBody(
            status: ready ? "ok" : "unavailable", store: storeOK ? "ok" : "unavailable",
            engine: engineRunning ? "running" : "stopped", accepting: engineRunning && !draining,
            conversations: await dependencies.registry.count)
        return try jsonResponse(ready ? .ok : .serviceUnavailable, encoding: body)
    }

    @Sendable func metrics(_ request: Request, _ context: ServerContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: dependencies.metrics.exposition())))
    }
}
