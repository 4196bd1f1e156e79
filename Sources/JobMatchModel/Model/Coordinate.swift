/// A point on the earth in degrees.
public struct Coordinate: Sendable, Hashable, BitwiseCopyable {
    /// Latitude in degrees, −90 … 90.
    public var latitude: Double
    /// Longitude in degrees, −180 … 180.
    public var longitude: Double

    /// Creates a coordinate.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
