// A headless talk peer for the two-process tests: hosts or joins over TutorTalk, takes
// commands as lines on stdin and reports what happens as lines on stdout.
//
//   chattutor-talk-peer host [NAME]       prints `code CODE`, then one line per host event
//   chattutor-talk-peer join CODE [NAME]  prints `welcome CONVERSATION HOST` (or `error ...` and
//                                         exits 77 for a wrong code, 66 otherwise), then one line per frame
// Commands: `say TEXT`, `ending`, `summary TYPE=COUNT,...`, `analysed N` (host), `leave` (guest),
// `ping` (answers `pong`: the process still serves), `close`. End of input closes.
// The rendezvous root comes from CHATTUTOR_TALK_ROOT, as for chattutor itself.

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

/// `R:VERB:SVA=2,M:DET=1` as a summary's findings.
func findings(_ text: String) -> [ErrorType: Int] {
    var result: [ErrorType: Int] = [:]
    for pair in text.split(separator: ",") {
        let parts = pair.split(separator: "=")
        if parts.count == 2, let count = Int(parts[1]) { result[ErrorType(rawValue: String(parts[0]))] = count }
    }
    return result
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
            case "summary": host.send(.summary(findingsByType: findings(argument)))
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
            report(
                "summary "
                    + findings.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" }
                    .joined(separator: ","))
        case .frame(.analysed(let count)): report("analysed \(count)")
        case .frame(.module(let module)): report("module \(module.id)")
        case .frame(.ending): report("ending")
        case .frame(let frame): report("frame \(frame)")
        case .hostGone(let reason): report("hostGone \(reason)")
        }
    }
    return 0
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "host":
    exit(await host(name: arguments.count > 1 ? arguments[1] : "host"))
case "join" where arguments.count > 1:
    exit(await join(code: arguments[1], name: arguments.count > 2 ? arguments[2] : "guest"))
default:
    FileHandle.standardError.write(Data("usage: chattutor-talk-peer host [NAME] | join CODE [NAME]\n".utf8))
    exit(64)
}
