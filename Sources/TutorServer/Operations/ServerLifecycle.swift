// The server's own service: drives the engine, sweeps idle and expired conversations, and on
// shutdown lets in-flight generation finish within the grace period.

import Logging
import ServiceLifecycle
import TutorCore

/// Runs beside the HTTP server in one `ServiceGroup`. It is shut down first (it comes after
/// the HTTP server in the group): it refuses new messages, ends open conversations (their
/// accepted messages are analysed) and closes event streams, waits up
/// to `grace` for ending conversations to finish their modules (clients can still read them),
/// then stops the engine; the HTTP server then stops accepting and drains.
struct ServerLifecycle: Service, CustomStringConvertible {
    let driver: EngineDriver
    let registry: ConversationRegistry
    let metrics: ServerMetrics
    let sweepInterval: Duration
    let grace: Duration
    /// How long `/health` answers 503 before the drain begins, messages still taken, so a
    /// load balancer's health checks take the instance out first (zero: drain at once).
    var drainDelay: Duration = .zero
    /// The shared record of conversation owners: its heartbeat runs for the server's life.
    let ledger: ConversationLedger
    let logger: Logger

    /// The name ServiceLifecycle logs.
    var description: String { "ServerLifecycle" }

    func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await driver.sendCommands() }
            group.addTask { await driver.dispatchEvents() }
            group.addTask { await ledger.beatUntilCancelled() }
            // The sweeper stops when shutdown begins; the driver keeps going until the engine stops.
            await cancelWhenGracefulShutdown {
                while !Task.isCancelled {
                    do { try await Task.sleep(for: sweepInterval) } catch { break }
                    let (ended, dropped) = await registry.sweep()
                    await ledger.release(await registry.takeDropped())
                    metrics.setConversationsInMemory(await registry.count)
                    if ended + dropped > 0 {
                        logger.info(
                            "swept conversations", metadata: ["ended_idle": "\(ended)", "dropped": "\(dropped)"])
                    }
                }
            }
            await drain()
            group.cancelAll()
        }
    }

    /// Ends the conversations still open, waits for every ending one (up to `grace`), then
    /// stops the engine.
    private func drain() async {
        if drainDelay > .zero {
            await registry.beginDraining()
            logger.info("not ready; draining soon", metadata: ["drain_delay": "\(drainDelay)"])
            try? await Task.sleep(for: drainDelay)
        }
        let endedOpen = await registry.beginShutdown()
        let deadline = ContinuousClock.now + grace
        var waiting = await registry.endingCount
        logger.info("shutting down", metadata: ["conversations_ending": "\(waiting)", "ended_open": "\(endedOpen)"])
        while waiting > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
            waiting = await registry.endingCount
        }
        if waiting > 0 {
            logger.warning(
                "grace period over; stopping unfinished generation", metadata: ["conversations_ending": "\(waiting)"])
        }
        await driver.engine.shutdown()
    }
}
