import JobMatch
/// The xoshiro256** pseudo-random generator, seeded through SplitMix64.
///
/// Synthetic data must come out identical on every run and platform, so the
/// generator, and every sampling method built on it, uses only integer and
/// correctly rounded floating-point arithmetic: no standard-library random
/// API, whose algorithms may change between releases, and no maths-library
/// functions, whose last bits differ between platforms.
struct Xoshiro256StarStar: Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator for record `index` of `stream`, independent of every
    /// other record, so records can be made in any order or number.
    init(seed: UInt64, stream: UInt64, index: Int) {
        var mixer = Self.splitMix(seed ^ Self.splitMix(stream ^ Self.splitMix(UInt64(truncatingIfNeeded: index))))
        state = (Self.splitMix(&mixer), Self.splitMix(&mixer), Self.splitMix(&mixer), Self.splitMix(&mixer))
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotateLeft(state.3, 45)
        return result
    }

    private func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }

    /// SplitMix64's output function applied to `value`.
    private static func splitMix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next SplitMix64 output, advancing `state`.
    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        defer { state &+= 0x9E37_79B9_7F4A_7C15 }
        return splitMix(state)
    }
}
