/// An order that keeps nearby places together: the Z-order (Morton) curve
/// over a grid of latitude and longitude.
///
/// Posts stored in this order fall into small runs that each cover a small
/// area, so a whole run can be ruled out for a seeker at once.
enum SpatialOrder {
    /// The positions of `locations` in Z-order, ties by position.
    static func permutation(of locations: [Coordinate]) -> [Int] {
        let keys = locations.map(key)
        return locations.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
    }

    /// Interleaves 16-bit grid coordinates of latitude and longitude.
    private static func key(_ location: Coordinate) -> UInt32 {
        let row = UInt32(((location.latitude + 90) / 180 * 65_535).rounded())
        let column = UInt32(((location.longitude + 180) / 360 * 65_535).rounded())
        return spread(row) << 1 | spread(column)
    }

    /// The low 16 bits of `value` moved to the even bit positions.
    private static func spread(_ value: UInt32) -> UInt32 {
        var x = value & 0xFFFF
        x = (x | (x << 8)) & 0x00FF_00FF
        x = (x | (x << 4)) & 0x0F0F_0F0F
        x = (x | (x << 2)) & 0x3333_3333
        x = (x | (x << 1)) & 0x5555_5555
        return x
    }
}
