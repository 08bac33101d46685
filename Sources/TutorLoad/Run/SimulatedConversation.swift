// One simulated learner's conversation: its prepared requests, its connection, its record.

/// A conversation in flight. Its requests are built (and their JSON encoded) before the clock
/// starts, so the sending phase measures the server, not the generator's encoder.
struct SimulatedConversation: Sendable {
    var index: Int
    var conversationID: String
    var credential: BearerCredential
    var messageRequests: [WireRequest]
    var roles: [MessageRole]
    var connection: HTTPConnection?
    var outcome: ConversationOutcome

    init(index: Int, plan: LoadPlan, script: ConversationScript, credential: BearerCredential) {
        self.index = index
        conversationID = plan.conversationID(index)
        self.credential = credential
        let messages = script.messages(forConversation: index, count: plan.messagesPerConversation)
        messageRequests = messages.map { [conversationID] message in
            WireRequest.message(conversationID: conversationID, credential: credential, message: message)
        }
        roles = messages.map(\.role)
        outcome = ConversationOutcome(conversationID: conversationID)
    }

    /// The pause before sending again a request answered 503 (the server's Retry-After).
    static let unavailablePause: Duration = .seconds(1)

    /// Sends `request`; a 503 (not taken: the server could not record it, or the load
    /// balancer had no instance), 502 or 504 (the instance died under it) is sent again after
    /// a pause, until `patience` runs out.
    private mutating func sendRetryingUnavailable(
        _ request: WireRequest, on connection: inout HTTPConnection, patience: Duration
    ) async throws -> WireResponse {
        let giveUp = ContinuousClock.now + patience
        while true {
            let response = try await connection.send(request)
            // 503: not taken. 502 and 504: the load balancer lost the instance under the request
            // (it died); sent again, it reaches a survivor, which says what became of it.
            guard [502, 503, 504].contains(response.status), ContinuousClock.now + Self.unavailablePause < giveUp
            else { return response }
            outcome.retriedUnavailable += 1
            try? await Task.sleep(for: Self.unavailablePause)
        }
    }

    /// Posts every message in order on the conversation's connection, one at a time, pausing
    /// about `thinkTime` before each. A 410 `conversation_lost` ends the conversation there.
    mutating func sendMessages(
        since origin: ContinuousClock.Instant, thinkTime: Duration, patience: Duration = .seconds(60),
        progress: LoadProgress? = nil
    ) async {
        guard var connection else { return }
        defer { self.connection = connection }
        var pauses = SplitMix64(seed: UInt64(truncatingIfNeeded: index) &+ 0x5EED)
        for (messageIndex, request) in messageRequests.enumerated() {
            if thinkTime > .zero {
                let share = Double(pauses.next() >> 11) / Double(1 << 53)  // uniform in 0..<1
                try? await Task.sleep(for: thinkTime * (messageIndex == 0 ? share : 0.5 + share))
            }
            outcome.messagesSent += 1
            progress?.messageSent()
            // The server numbers the messages it accepted: a refused one takes no index.
            let expectedIndex = outcome.messagesAccepted
            let began = ContinuousClock.now
            do {
                let response = try await sendRetryingUnavailable(request, on: &connection, patience: patience)
                outcome.messageLatencyNanoseconds.append((ContinuousClock.now - began).nanoseconds)
                outcome.messageSentAtNanoseconds.append((began - origin).nanoseconds)
                if response.status == 202 { outcome.messagesAccepted += 1 }
                if response.status == 410 {
                    outcome.gone = true
                    outcome.recordFailure(
                        request.route, ResponseError.unexpectedStatus(410, errorCode: response.errorCode))
                    return
                }
                let accepted = try response.decode(MessageAccepted.self, expecting: 202)
                try accepted.check(
                    conversationID: conversationID, messageIndex: expectedIndex, role: roles[messageIndex])
                outcome.lastAcceptedAt = ContinuousClock.now - origin
            } catch {
                outcome.recordFailure(request.route, error)
            }
        }
    }

    /// Ends the conversation, then polls its module list every `pollInterval` until it is
    /// finished or the deadline passes.
    mutating func endAndAwaitModules(
        since origin: ContinuousClock.Instant, pollInterval: Duration, deadline: ContinuousClock.Instant,
        patience: Duration = .seconds(60)
    ) async {
        guard var connection, !outcome.gone else { return }
        defer { self.connection = connection }
        let end = WireRequest.endConversation(conversationID: conversationID, credential: credential)
        do {
            let response = try await sendRetryingUnavailable(end, on: &connection, patience: patience)
            if response.status == 410 { outcome.gone = true }
            let accepted = try response.decode(EndAccepted.self, expecting: 202)
            guard accepted.conversationID == conversationID else {
                throw ResponseError.contractBroken("end answered for another conversation")
            }
            outcome.endedAt = ContinuousClock.now - origin
        } catch {
            outcome.recordFailure(end.route, error)
            return
        }
        let poll = WireRequest.moduleList(conversationID: conversationID, credential: credential)
        var brokenPolls = 0
        while ContinuousClock.now < deadline {
            do {
                let response = try await sendRetryingUnavailable(poll, on: &connection, patience: patience)
                if response.status == 410 { outcome.gone = true }
                let list = try response.decode(ModuleList.self, expecting: 200)
                if try list.isFinished() {
                    outcome.finishedAt = ContinuousClock.now - origin
                    outcome.moduleCount = list.modules.count
                    return
                }
            } catch let error as ResponseError {
                outcome.recordFailure(poll.route, error)
                return
            } catch {
                // A poll is a GET: one whose connection broke (its instance died under it) is
                // asked again, as a front end would, up to three times in a row.
                brokenPolls += 1
                guard brokenPolls <= 3 else {
                    outcome.recordFailure(poll.route, error)
                    return
                }
                outcome.retriedBrokenPolls += 1
                try? await Task.sleep(for: pollInterval)
                continue
            }
            brokenPolls = 0
            try? await Task.sleep(for: pollInterval)
        }
        outcome.failures["\(poll.route) not finished before the deadline", default: 0] += 1
    }
}

extension Duration {
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    /// The duration in seconds, as a Double for reports.
    var seconds: Double { Double(nanoseconds) / 1_000_000_000 }
}
