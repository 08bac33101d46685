// Checks a bearer token against the store, with a short cache so requests do not all hit SQLite.

import TutorStore

/// Turns a bearer token into the user it acts for. Token records are cached for
/// `cacheLifetime`, so a token revoked with `chattutor serve token revoke` stops working
/// within that time without a restart.
public actor TokenVerifier {
    private struct CachedRecord {
        var record: APITokenRecord?
        var readAt: Duration
    }

    private let store: any ServerStore
    private let now: @Sendable () -> Duration
    private let cacheLifetime: Duration
    private var cache: [String: CachedRecord] = [:]

    /// - Parameter now: the time since some fixed start; tests pass a manual clock's.
    public init(store: any ServerStore, cacheLifetime: Duration = .seconds(30), now: @escaping @Sendable () -> Duration)
    {
        self.store = store
        self.cacheLifetime = cacheLifetime
        self.now = now
    }

    /// The user of a valid, unrevoked token; nil for anything else.
    ///
    /// - Throws: ``StoreError`` when the store cannot be read and the token was not read
    ///   before (the caller answers 503); a token read before is taken as it was then.
    public func user(forBearer value: Substring) async throws(StoreError) -> String? {
        guard let token = APIToken(parsing: value) else { return nil }
        let time = now()
        let record: APITokenRecord?
        if let cached = cache[token.id], time - cached.readAt < cacheLifetime {
            record = cached.record
        } else {
            do {
                record = try await store.token(id: token.id)
                // Only known ids are cached: random ids cannot grow the cache.
                if record != nil { cache[token.id] = CachedRecord(record: record, readAt: time) }
            } catch {
                // The database is down (restarting): a token known before goes on working until
                // it is back, so chat, which is in memory, does not stop with it.
                guard let cached = cache[token.id] else { throw error }
                record = cached.record
            }
        }
        guard let record, token.matches(record) else { return nil }
        return record.userName
    }
}
