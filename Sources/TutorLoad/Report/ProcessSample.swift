// The server's peak resident memory and CPU time, read from Linux's /proc.

import Foundation

/// What `/proc` says about a process at one moment.
public struct ProcessSample: Sendable, Equatable {
    /// `VmHWM`: the most resident memory the process ever had.
    public var peakResidentKiB: Int
    /// `VmRSS`: its resident memory now.
    public var residentKiB: Int
    /// User plus system CPU time it has used so far, in clock ticks.
    public var cpuTicks: Int

    public init(peakResidentKiB: Int, residentKiB: Int, cpuTicks: Int) {
        self.peakResidentKiB = peakResidentKiB
        self.residentKiB = residentKiB
        self.cpuTicks = cpuTicks
    }

    /// Clock ticks per second, for turning `cpuTicks` into seconds.
    public static let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// Samples a running process; nil when it has exited or /proc is missing.
    public static func read(pid: Int32) -> ProcessSample? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        else { return nil }
        return parse(status: status, stat: stat)
    }

    /// Parses the `VmHWM:`/`VmRSS:` lines of `/proc/PID/status` (`VmHWM:\t  123456 kB`) and the
    /// utime and stime fields (14 and 15) of `/proc/PID/stat`, counted after the `)` that ends
    /// the command name, which may itself hold spaces.
    public static func parse(status: String, stat: String) -> ProcessSample? {
        var kibByField: [String: Int] = [:]
        for line in status.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
            guard parts.count == 3, parts[2] == "kB", let kib = Int(parts[1]) else { continue }
            kibByField[String(parts[0])] = kib
        }
        guard let peak = kibByField["VmHWM"], let current = kibByField["VmRSS"],
            let nameEnd = stat.lastIndex(of: ")")
        else { return nil }
        // Fields after the name start at field 3 (state): utime is field 14, stime field 15.
        let fields = stat[stat.index(after: nameEnd)...].split(separator: " ")
        guard fields.count > 12, let userTicks = Int(fields[11]), let systemTicks = Int(fields[12]) else { return nil }
        return ProcessSample(peakResidentKiB: peak, residentKiB: current, cpuTicks: userTicks + systemTicks)
    }
}
