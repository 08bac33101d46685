// The request context of every route: Hummingbird's core storage plus the authenticated user.

import Hummingbird

/// Carries the user that the bearer token belongs to, once `AuthMiddleware` has checked it.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The token's user; nil on routes that need no token.
    public var user: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The authenticated user; routes behind `AuthMiddleware` always have one.
    public func requireUser() throws(APIError) -> String {
        guard let user else { throw .unauthorized }
        return user
    }
}
