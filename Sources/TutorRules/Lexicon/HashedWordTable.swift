// Words to small numbers, looked up by hash, straight from a memory-mapped file.

import Foundation

/// A read-only map from words (by the 64-bit FNV-1a hash of their UTF-8) to 16-bit values:
/// how often a word or a pair of words occurs, whether Hunspell accepts a word.
///
/// The file format (scripts/hashed_table.py, used by scripts/gen-ngrams.py,
/// scripts/gen-spelling.py and others): 4 magic bytes, a little-endian UInt32 count n, n
/// UInt64 keys in ascending order, n UInt16 values, zeros to a multiple of 4 bytes, then the
/// keys' index by their top b bits (b = ⌊log₂ n⌋, at least 1; about two keys a bucket): for
/// each of the 2^b values, as UInt32, the index of the first key with those top bits or more,
/// and n. The file is mapped, not read, and its index with it: a lookup reads one bucket and
/// a short run of neighbouring keys (one or two cache lines), and nothing is built at
/// start-up (the indexes built in memory took 2.4 MB of every process; issue 17). The words
/// themselves are not stored: a word not in the table matches a stored hash with odds of
/// about n in 2⁶⁴; the generators check the words they store do not collide.
struct HashedWordTable: @unchecked Sendable {
    // @unchecked: `keys` and `values` point into `image`, which this value keeps alive and
    // nothing ever writes to.
    private let image: ByteImage
    private let keys: UnsafePointer<UInt64>
    private let values: UnsafePointer<UInt16>
    /// For each value of a key's top bits, the index of the first key with those bits or more.
    private let buckets: UnsafePointer<UInt32>
    private let shift: UInt64
    let count: Int

    /// An empty table.
    init() {
        self.init([(word: String, value: UInt16)]())
    }

    /// Maps a table file; an error names the file when it is missing, not a table of this
    /// kind (`magic`), or its keys are out of order.
    init(contentsOf url: URL, magic: String) throws(RuleDataError) {
        let image = try ByteImage(mapping: url)
        guard image.bytes.count >= 8, image.bytes.prefix(4).elementsEqual(magic.utf8) else {
            throw RuleDataError.malformed(
                file: url.lastPathComponent, detail: "not a \(magic) table (regenerate it; see scripts/)")
        }
        guard let table = Self(image: image, file: url.lastPathComponent) else {
            throw RuleDataError.malformed(
                file: url.lastPathComponent,
                detail: "its size, key order or index is wrong (regenerate it; see scripts/)")
        }
        self = table
    }

    /// A table of the given words and values, built in memory (the small tables read from
    /// TSVs; the large ones are generated files); of words given twice, the last value counts.
    init(_ entries: some Sequence<(word: String, value: UInt16)>) {
        var given = entries.enumerated().map {
            (key: Self.hash($0.element.word), order: $0.offset, value: $0.element.value)
        }
        given.sort { ($0.key, $0.order) < ($1.key, $1.order) }
        var keys: [UInt64] = []
        var values: [UInt16] = []
        for entry in given {
            if keys.last == entry.key {
                values[values.count - 1] = entry.value
            } else {
                keys.append(entry.key)
                values.append(entry.value)
            }
        }
        var bytes = Self.header(magic: "MEM ", count: keys.count)
        // Closures, not key paths: `map(\.littleEndian)` read each element through the runtime's
        // key path machinery (6M instructions at start-up for the 3,400 proper nouns).
        keys.map { $0.littleEndian }.withUnsafeBytes { bytes.append(contentsOf: $0) }
        values.map { $0.littleEndian }.withUnsafeBytes { bytes.append(contentsOf: $0) }
        bytes += [UInt8](repeating: 0, count: Self.bucketsOffset(count: keys.count) - bytes.count)
        let bits = Self.bucketBits(count: keys.count)
        var buckets = [UInt32](repeating: UInt32(keys.count), count: (1 << bits) + 1)
        var nextBucket = 0
        for (index, key) in keys.enumerated() {
            while nextBucket <= Int(key >> (64 - bits)) {
                buckets[nextBucket] = UInt32(index)
                nextBucket += 1
            }
        }
        buckets.map { $0.littleEndian }.withUnsafeBytes { bytes.append(contentsOf: $0) }
        // The keys are ascending, the index theirs and the size matches: this cannot fail.
        self.init(image: ByteImage(copying: bytes), file: "(built)")!
    }

    /// Checks a mapped table; nil when its size does not match its count, its keys are not
    /// strictly ascending or its index is not theirs (which would send lookups astray).
    private init?(image: ByteImage, file: String) {
        let raw = image.bytes
        guard raw.count >= 8, let base = raw.baseAddress else { return nil }
        let count = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        let bits = Self.bucketBits(count: count)
        let bucketsAt = Self.bucketsOffset(count: count)
        guard raw.count == bucketsAt + 4 * ((1 << bits) + 1) else { return nil }
        // The image is page-aligned, so the keys (at 8), the values and the index are aligned.
        let keys = (base + 8).assumingMemoryBound(to: UInt64.self)
        let values = (base + 8 + count * 8).assumingMemoryBound(to: UInt16.self)
        let buckets = (base + bucketsAt).assumingMemoryBound(to: UInt32.self)
        let shift = 64 - UInt64(bits)
        var nextBucket = 0
        var previous: UInt64?
        for index in 0..<count {
            let key = UInt64(littleEndian: keys[index])
            if let previous, previous >= key { return nil }
            previous = key
            let bucket = Int(key >> shift)
            while nextBucket <= bucket {
                guard UInt32(littleEndian: buckets[nextBucket]) == UInt32(index) else { return nil }
                nextBucket += 1
            }
        }
        while nextBucket <= 1 << bits {
            guard UInt32(littleEndian: buckets[nextBucket]) == UInt32(count) else { return nil }
            nextBucket += 1
        }
        image.releasePages()
        self.image = image
        self.keys = keys
        self.values = values
        self.buckets = buckets
        self.shift = shift
        self.count = count
    }

    /// How many top bits of a key pick its bucket: about two keys a bucket.
    private static func bucketBits(count: Int) -> Int {
        max(1, Int.bitWidth - max(count, 1).leadingZeroBitCount - 1)
    }

    /// Where the index starts: after the header, keys and values, at a multiple of 4.
    private static func bucketsOffset(count: Int) -> Int { (8 + count * 10 + 3) & ~3 }

    private static func header(magic: String, count: Int) -> [UInt8] {
        Array(magic.utf8.prefix(4)) + withUnsafeBytes(of: UInt32(count).littleEndian, Array.init)
    }

    /// The value stored for a word; nil when the table does not hold it.
    func value(_ word: String) -> UInt16? { value(forKey: Self.hash(word)) }

    /// The value stored under a hash (see `hash`); nil when none is.
    func value(forKey key: UInt64) -> UInt16? {
        let bucket = Int(key >> shift)
        var index = Int(UInt32(littleEndian: buckets[bucket]))
        let end = Int(UInt32(littleEndian: buckets[bucket + 1]))
        while index < end {
            let found = UInt64(littleEndian: keys[index])
            if found == key { return UInt16(littleEndian: values[index]) }
            if found > key { return nil }
            index += 1
        }
        return nil
    }

    // MARK: - Hashing (the generators hash the same way)

    /// 64-bit FNV-1a of the UTF-8 of the words joined by a space.
    static func hash(_ words: String...) -> UInt64 {
        var value = fnvOffset
        for (index, word) in words.enumerated() {
            if index > 0 { value = fnv(" ".utf8, continuing: value) }
            value = fnv(word.utf8, continuing: value)
        }
        return value
    }

    /// The hash of one word.
    static func hash(_ word: String) -> UInt64 { fnv(word.utf8) }

    /// The hash of two words joined by a space, as `hash(first, second)` of the variadic
    /// form without its array (word-pair counts are looked up for every pair a rule weighs).
    static func hash(_ first: String, _ second: String) -> UInt64 {
        fnv(second.utf8, continuing: (fnv(first.utf8) ^ UInt64(UInt8(ascii: " "))) &* 0x100_0000_01B3)
    }

    /// The hash of a string that starts with what `hash` is the hash of and goes on with
    /// `word`: `hash(first + word)` is `hash(word, continuing: hash(first))`, without building
    /// the string, and `first` hashed once for several endings.
    static func hash(_ word: String, continuing hash: UInt64) -> UInt64 { fnv(word.utf8, continuing: hash) }

    /// The hash of the two words written together, as `hash(first + second)`, without
    /// building the string.
    static func hash(joining first: String, _ second: String) -> UInt64 {
        fnv(second.utf8, continuing: fnv(first.utf8))
    }

    private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a over `bytes`, starting from `value` (the offset basis for a new hash). Reads
    /// the string's bytes in place when it can (native and small strings), which is several
    /// times faster than walking its UTF-8 view.
    private static func fnv(_ bytes: String.UTF8View, continuing value: UInt64 = fnvOffset) -> UInt64 {
        if let hash = bytes.withContiguousStorageIfAvailable({ fnv($0, continuing: value) }) { return hash }
        var value = value
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return value
    }

    private static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, continuing value: UInt64) -> UInt64 {
        var value = value
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return value
    }
}

/// Bytes that stay put for the life of the process's tables: a read-only mapping of a file,
/// or a copy in memory.
final class ByteImage: @unchecked Sendable {
    // @unchecked: the bytes are never written after init, and freed only in deinit.
    let bytes: UnsafeRawBufferPointer
    private let isMapped: Bool

    /// Maps the file read-only (pages are read from the page cache as they are touched).
    /// Installs and rebuilds replace these files rather than write into them, so a running
    /// process keeps the version it mapped.
    init(mapping url: URL) throws(RuleDataError) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw RuleDataError.unreadable(file: url.path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw RuleDataError.unreadable(file: url.path, reason: String(cString: strerror(errno)))
        }
        let size = Int(status.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            isMapped = false
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw RuleDataError.unreadable(file: url.path, reason: String(cString: strerror(errno)))
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
        isMapped = true
    }

    /// Gives back the mapped pages the load's checks read (the whole file), so that only the
    /// pages the analyser then looks up count in the process's resident memory (issue 17: the
    /// chat's RSS). The kernel reads a page again from the page cache when it is touched; a
    /// read-only private mapping loses nothing. A copy in memory is kept as it is.
    func releasePages() {
        guard isMapped, let base = bytes.baseAddress, bytes.count > 0 else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base), bytes.count, MADV_DONTNEED)
    }

    /// A page-aligned copy of `source`.
    init(copying source: [UInt8]) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 4096)
        source.withUnsafeBytes { memory.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(start: memory.baseAddress, count: source.count)
        isMapped = false
    }

    deinit {
        guard let base = bytes.baseAddress else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        } else {
            base.deallocate()
        }
    }
}
