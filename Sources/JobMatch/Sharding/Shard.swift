/// One of `count` parts of a batch of seekers, for running a job on
/// several machines: a seeker's part is the FNV-1a 64 hash of its id's
/// UTF-8 bytes modulo `count`, so it depends on nothing but the id (not on
/// file order, file size or the other seekers).
public struct Shard: Sendable, Hashable, LosslessStringConvertible {
    /// Which part, from 0.
    public let index: Int
    /// How many parts.
    public let count: Int

    /// Part `index` of `count`; `nil` unless 0 ≤ index < count.
    public init?(index: Int, of count: Int) {
        guard count >= 1, (0..<count).contains(index) else { return nil }
        (self.index, self.count) = (index, count)
    }

    /// The part written `I/N`, as `--shard` takes it.
    public init?(_ description: String) {
        let parts = description.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, of: count)
    }

    /// `I/N`.
    public var description: String { "\(index)/\(count)" }

    /// Whether the seeker with `id` belongs to this part.
    public func contains(seekerID id: String) -> Bool {
        Self.fnv1a64(id) % UInt64(count) == UInt64(index)
    }

    /// The FNV-1a 64-bit hash of `text`'s UTF-8 bytes.
    public static func fnv1a64(_ text: String) -> UInt64 { fnv1a64(bytes: text.utf8) }

    /// The FNV-1a 64-bit hash of `bytes`.
    public static func fnv1a64(bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }
}
