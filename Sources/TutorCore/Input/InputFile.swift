// Opening a file named on the command line for reading, with an error for each way it fails.

import Foundation

/// Something to read text from: a named file, checked on opening, or standard input. Reads
/// go straight to the descriptor, so nothing is buffered but what the caller keeps.
public final class InputFile {
    /// The path, or "standard input": what error messages call it.
    public let sourceName: String
    private let fileDescriptor: Int32
    private let ownsDescriptor: Bool

    /// Opens `path`. A directory is refused, and so is a device other than a terminal or
    /// /dev/null (/dev/zero never ends and /dev/urandom is not text); a FIFO is read as it
    /// comes.
    public init(path: String) throws(InputError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(errno, sourceName: path) }
        var status = stat()
        if fstat(descriptor, &status) != 0 {
            let code = errno
            close(descriptor)
            throw .system(code, sourceName: path)
        }
        let kind = status.st_mode & S_IFMT
        let isDevice = (kind == S_IFCHR || kind == S_IFBLK) && isatty(descriptor) == 0 && !Self.isNullDevice(status)
        let refusal: InputError.Reason? = kind == S_IFDIR ? .isDirectory : isDevice ? .isDevice : nil
        if let refusal {
            close(descriptor)
            throw InputError(sourceName: path, reason: refusal)
        }
        sourceName = path
        fileDescriptor = descriptor
        ownsDescriptor = true
    }

    /// Whether this is a terminal: a person types the input.
    public var isTerminal: Bool { isatty(fileDescriptor) == 1 }

    /// Whether `status` is /dev/null's: empty input, as scripts use it.
    private static func isNullDevice(_ status: stat) -> Bool {
        var null = stat()
        return stat("/dev/null", &null) == 0 && null.st_rdev == status.st_rdev
            && (null.st_mode & S_IFMT) == (status.st_mode & S_IFMT)
    }

    private init(standardInputNamed name: String) {
        sourceName = name
        fileDescriptor = STDIN_FILENO
        ownsDescriptor = false
    }

    /// Standard input, whatever it is (the user redirected it on purpose); left open.
    public static func standardInput() -> InputFile { InputFile(standardInputNamed: "standard input") }

    deinit {
        if ownsDescriptor { close(fileDescriptor) }
    }

    /// Reads what is there, at most `buffer.count` bytes; 0 at the end of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        while true {
            let count = Foundation.read(fileDescriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw .system(errno, sourceName: sourceName) }
        }
    }

    /// The whole input, refused when it is over `maximumByteCount` (before reading more).
    public func readAll(maximumByteCount: Int) throws(InputError) -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = try chunk.withUnsafeMutableBytes { buffer in
                Result { () throws(InputError) in try read(into: buffer) }
            }.get()
            if count == 0 { return data }
            guard data.count + count <= maximumByteCount else {
                throw InputError(sourceName: sourceName, reason: .tooLarge(maximumByteCount: maximumByteCount))
            }
            data.append(contentsOf: chunk[..<count])
        }
    }
}
