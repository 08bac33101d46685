// The saved-module routes: save, list, change note and tags, delete; always the token's user.

import Foundation
import Hummingbird
import TutorAPIContract
import TutorCore
import TutorStore

/// `POST /user_modules/save`, `GET /user_modules/user/{user_id}`,
/// `PUT /user_modules/{module_id}` and `DELETE /user_modules/{module_id}`.
struct UserModuleRoutes: Sendable {
    let dependencies: RouteDependencies
    init(_ dependencies: RouteDependencies) { self.dependencies = dependencies }

    func register(in table: RouteTable) {
        table.add(.post, "/user_modules/save", save)
        table.add(.get, "/user_modules/user/{user_id}", list)
        table.add(.put, "/user_modules/{module_id}", update)
        table.add(.delete, "/user_modules/{module_id}", delete)
    }

    @Sendable func save(_ request: Request, _ context: ServerContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let body = try await request.decodeJSON(SaveRequest.self, limit: dependencies.limits.maximumBodyBytes)
        let moduleID = try APIError.checking { () throws(APIRequestError) in try body.validatedModuleID() }
        let entry = try await dependencies.registry.module(moduleID, for: user)
        let outcome = try await storing { () async throws(StoreError) in
            try await dependencies.store.save(entry.module, for: user, note: nil, tags: [])
        }
        let status: HTTPResponse.Status = if case .saved = outcome { .created } else { .ok }
        return try jsonResponse(status, encoding: SavedEnvelope(saved: SavedModuleBody(outcome.savedModule)))
    }

    @Sendable func list(_ request: Request, _ context: ServerContext) async throws -> Response {
        let user = try context.requireUser()
        let userID = try context.identifier("user_id")
        guard userID == user else { throw APIError.forbidden("a token lists only its own user's modules (\(user))") }
        let saved = try await storing { () async throws(StoreError) in
            try await dependencies.store.savedModules(for: user)
        }
        return try jsonResponse(.ok, encoding: UserModulesBody(userID: user, modules: saved.map(SavedModuleBody.init)))
    }

    @Sendable func update(_ request: Request, _ context: ServerContext) async throws -> Response {
        let user = try context.requireUser()
        let moduleID = try context.identifier("module_id")
        var request = request
        let body = try await request.decodeJSON(UpdateRequest.self, limit: dependencies.limits.maximumBodyBytes)
        let limit = dependencies.limits.maximumTextCharacters
        try APIError.checking { () throws(APIRequestError) in try body.validate(maximumNoteCharacters: limit) }
        let saved = try await savedModule(moduleID, of: user)
        let updated = try await storing { () async throws(StoreError) -> SavedModule? in
            try await dependencies.store.update(
                id: saved.id, note: body.note ?? saved.note, tags: body.tags ?? saved.tags)
            return try await dependencies.store.savedModule(moduleID: moduleID, for: user)
        }
        guard let updated else { throw APIError.notFound("module \(moduleID) was deleted meanwhile") }
        return try jsonResponse(.ok, encoding: SavedEnvelope(saved: SavedModuleBody(updated)))
    }

    @Sendable func delete(_ request: Request, _ context: ServerContext) async throws -> Response {
        let user = try context.requireUser()
        let moduleID = try context.identifier("module_id")
        let saved = try await savedModule(moduleID, of: user)
        _ = try await storing { () async throws(StoreError) in try await dependencies.store.delete(id: saved.id) }
        return Response(status: .noContent)
    }

    /// The user's save of a module; 403 when only other users saved it, 404 when nobody did.
    private func savedModule(_ moduleID: String, of user: String) async throws -> SavedModule {
        let saved = try await storing { () async throws(StoreError) in
            try await dependencies.store.savedModule(moduleID: moduleID, for: user)
        }
        guard let saved else {
            if try await storing({ () async throws(StoreError) in
                try await dependencies.store.isSavedByAnyone(moduleID: moduleID)
            }) {
                throw APIError.forbidden(
                    "module \(moduleID) is another user's save; a token reaches only its own user's (\(user))")
            }
            throw APIError.notFound(
                "you have not saved module \(moduleID); list yours with GET /user_modules/user/\(user)")
        }
        return saved
    }

    /// Runs a store operation; a store failure answers 503 with Retry-After. Each operation is
    /// one transaction, so a failed one changed nothing.
    private func storing<T>(_ body: () async throws(StoreError) -> T) async throws(APIError) -> T {
        do {
            return try await body()
        } catch {
            dependencies.logger.error("store failure", metadata: ["error": "\(error)"])
            throw APIError(
                .serviceUnavailable, code: "unavailable",
                message: "the saved-module store did not answer, so nothing was changed; try again in a few seconds",
                retryAfterSeconds: 2)
        }
    }
}
