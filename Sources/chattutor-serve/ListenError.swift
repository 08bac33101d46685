// Why the server could not listen, in words a user can act on (not NIO's `bind(descriptor:ptr:bytes:)`).

import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// The message for an error that stopped the server: for a socket error while binding, what
/// happened to the address and what to pass instead; otherwise the error as it describes itself.
enum ListenError {
    static func message(for error: any Error, host: String, port: Int) -> String {
        let address = "\(host):\(port)"
        guard let ioError = error as? IOError else { return "the server on \(address) stopped: \(error)" }
        switch ioError.errnoCode {
        case EADDRINUSE:
            return
                "cannot listen on \(address): the port is in use (another server, or a chattutor serve still running); pass another --port, or --port 0 for a free one"
        case EACCES:
            return
                "cannot listen on \(address): permission denied (ports below 1024 need root); pass --port 8000 or another above 1023"
        case EADDRNOTAVAIL:
            return
                "cannot listen on \(address): \(host) is not an address of this machine; pass --host 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)"
        default:
            return "cannot listen on \(address): \(String(cString: strerror(ioError.errnoCode)))"
        }
    }
}
