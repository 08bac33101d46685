// A headless talk peer for the two-process tests: hosts or joins over TutorTalk, takes
// commands as lines on stdin and reports what happens as lines on stdout.
//
//   chattutor-talk-peer host [NAME]       prints `code CODE`, then one line per host event
//   chattutor-talk-peer join CODE [NAME]  prints `welcome CONVERSATION HOST` (or `error ...` and
//                                         exits 77 for a wrong code, 66 otherwise), then one line per frame
// Commands: `say TEXT`, `ending`, `summary EN|KO=COUNT;...`, `analysed N` (host), `leave` (guest),
// `ping` (answers `pong`: the process still serves), `close`. End of input closes.
// The rendezvous root comes from CHATTUTOR_TALK_ROOT, as for chattutor itself.

import ArgumentParser
import Foundation
import TutorCore
import TutorTalk

/// Writes one report line at once (the test reads them as they come).
func report(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Reads command lines on a thread of their own until end of input, then calls `atEnd`.
func readCommands(_ handle: @escaping @Sendable (String, String) -> Void, atEnd: @escaping @Sendable () -> Void) {
    Thread {
        while let line = readLine() {
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            let command = parts.first.map(String.init) ?? ""
            let argument = parts.count > 1 ? String(parts[1]) : ""
            if command == "ping" { report("pong") } else { handle(command, argument) }
        }
        atEnd()
    }.start()
}

/// `Tense|시제=2;Comparatives|비교급=1` (English|Korean=count, `;` between) as a summary's findings.
func findings(_ text: String) -> [TopicCount] {
    text.split(separator: ";").compactMap { row in
        let parts = row.split(separator: "=")
        let names = parts.first?.split(separator: "|") ?? []
        guard parts.count == 2, names.count == 2, let count = Int(parts[1]) else { return nil }
        return TopicCount(topic: LocalizedText(en: String(names[0]), ko: String(names[1])), count: count)
    }
}

func host(name: String) async -> Int32 {
    let host: TalkHost
    do {
        host = try TalkHost(conversationID: "talk-peer", hostName: name)
    } catch {
        report("error \(error)")
        return 70
    }
    report("code \(host.code)")
    readCommands(
        { command, argument in
            switch command {
            case "say": host.send(.chat(speaker: .learnerA, text: argument))
            case "ending": host.send(.ending)
            case "summary": host.send(.summary(findingsByTopic: findings(argument)))
            case "analysed": host.send(.analysed(utteranceCount: Int(argument) ?? 0))
            case "close": host.close()
            default: report("unknown \(command)")
            }
        }, atEnd: { host.close() })
    for await event in host.events {
        switch event {
        case .joined(let name): report("joined \(name)")
        case .said(let text): report("said \(text)")
        case .left(let reason): report("left \(reason)")
        case .refused(let failures): report("refused \(failures)")
        }
    }
    return 0
}

func join(code text: String, name: String) async -> Int32 {
    guard let code = JoinCode(text) else {
        report("error not a join code")
        return 64
    }
    let guest: TalkGuest
    do {
        guest = try TalkGuest(code: code, name: name)
    } catch {
        report("error \(error)")
        return error == .wrongCode ? 77 : 66
    }
    report("welcome \(guest.conversationID.rawValue) \(guest.hostName)")
    readCommands(
        { command, argument in
            switch command {
            case "say": guest.send(.chat(speaker: .learnerB, text: argument))
            case "leave": guest.send(.leave)
            case "close": guest.close()
            default: report("unknown \(command)")
            }
        }, atEnd: { guest.close() })
    for await event in guest.events {
        switch event {
        case .frame(.chat(let speaker, let text)): report("chat \(speaker.rawValue) \(text)")
        case .frame(.summary(let findings)):
            report("summary " + findings.map { "\($0.topic.en)|\($0.topic.ko)=\($0.count)" }.joined(separator: ";"))
        case .frame(.analysed(let count)): report("analysed \(count)")
        case .frame(.module(let module)): report("module \(module.id)")
        case .frame(.ending): report("ending")
        case .frame(let frame): report("frame \(frame)")
        case .hostGone(let reason): report("hostGone \(reason)")
        }
    }
    return 0
}

@main
struct TalkPeerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chattutor-talk-peer",
        abstract: "A headless talk peer for the two-process tests: commands on stdin, reports on stdout.",
        subcommands: [Host.self, Join.self])

    struct Host: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Host a talk: prints `code CODE`, then one line per host event.")

        @Argument(help: "The host's name.") var name = "host"

        func run() async throws {
            let status = await host(name: name)
            if status != 0 { throw ExitCode(status) }
        }
    }

    struct Join: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Join a talk: prints `welcome CONVERSATION HOST`, then one line per frame.",
            discussion: "Exits 77 for a wrong code, 64 for text that is not a join code, 66 for any other failure.")

        @Argument(help: "The join code the host printed.") var code: String
        @Argument(help: "The guest's name.") var name = "guest"

        func run() async throws {
            let status = await join(code: code, name: name)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
