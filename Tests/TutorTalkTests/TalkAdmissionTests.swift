// The per-user join limits: a guesser's open handshakes and wrong codes cost only that user.

import Testing

@testable import TutorTalk

@Suite("talk admission") struct TalkAdmissionTests {
    func admission(perUser: Int = 2, inAll: Int = 5) -> TalkAdmission {
        var limits = TalkLimits()
        limits.pendingPerUser = perUser
        limits.pendingInAll = inAll
        limits.wrongCodeDelay = .milliseconds(250)
        limits.maxWrongCodeDelay = .seconds(1)
        return TalkAdmission(limits: limits)
    }

    @Test("one user's open handshakes are capped; another user still gets in; an ended one frees a place")
    func perUser() {
        var admission = admission()
        let opened = [
            admission.begin(user: 1000), admission.begin(user: 1000), admission.begin(user: 1000),
            admission.begin(user: 1001),
        ]
        #expect(opened == [true, true, false, true])
        admission.end(user: 1000)
        let again = admission.begin(user: 1000)
        #expect(again)
    }

    @Test("the overall cap holds across users")
    func inAll() {
        var admission = admission(perUser: 2, inAll: 3)
        let opened = [
            admission.begin(user: 1), admission.begin(user: 2), admission.begin(user: 3), admission.begin(user: 4),
        ]
        #expect(opened == [true, true, true, false])
        admission.end(user: 2)
        let again = admission.begin(user: 4)
        #expect(again)
    }

    @Test("ending more than began changes nothing")
    func unbalancedEnd() {
        var admission = admission(perUser: 1, inAll: 1)
        admission.end(user: 7)
        let opened = [admission.begin(user: 8), admission.begin(user: 9)]
        #expect(opened == [true, false])
    }

    @Test("each wrong code from one user waits longer, up to the cap; another user's first waits the least")
    func wrongCodeDelays() {
        var admission = admission()
        let delays = (1...6).map { _ in admission.wrongCode(from: 1000) }
        #expect(
            delays == [
                .milliseconds(250), .milliseconds(500), .milliseconds(750), .seconds(1), .seconds(1), .seconds(1),
            ])
        let otherUser = admission.wrongCode(from: 1001)
        #expect(otherUser == .milliseconds(250))
        #expect(admission.wrongCodes == 7)
    }
}
