// Talk mode: the other learner's name as both the screen and the plain mode show it.

import TutorCore

extension AppState {
    /// The other learner in talk mode by the name they joined or host with (at most 20
    /// characters, nothing that could command the terminal), else the speaker's own name.
    public func peerLabel(_ speaker: Speaker) -> String {
        givenPeerName ?? speaker.displayName
    }

    /// What the chat calls a learner who is not this one, on the screen and in the plain mode:
    /// in a replay every learner by the recording's name for them (as `analyze` says it), in
    /// talk the other learner by the name they gave.
    public func speakerLabel(_ speaker: Speaker) -> String {
        if let replay { return replay.speakerNames[speaker] ?? speaker.displayName }
        return peerLabel(speaker)
    }

    /// The other learner's name in talk mode, made safe and cut as `peerLabel` shows it; nil
    /// outside talk mode or when no printable name was given.
    var givenPeerName: String? {
        let name =
            peerName
            ?? talk.flatMap { role -> String? in
                if case .guest(let hostName) = role { return hostName }
                return nil
            }
        guard let name, talk != nil else { return nil }
        let clean = Transcript.learnerName(name)
        return clean.isEmpty ? nil : clean
    }

    /// The learners by name for an export: this learner's profile name, and in talk mode the
    /// other learner's (who speaks as learner B on both sides).
    var learnerNames: [Speaker: String] {
        var names: [Speaker: String] = [:]
        let own = Transcript.learnerName(userName)
        if !own.isEmpty { names[learner] = own }
        if let peer = givenPeerName { names[learner == .learnerA ? .learnerB : .learnerA] = peer }
        return names
    }
}
