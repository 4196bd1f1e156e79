/// Everything the page shows: the report's numbers, and the data only the
/// page needs: the districts' names and centres, and the map's layers.
public struct ReportPage: Codable, Sendable, Equatable {
    public var report: Report
    /// The districts, in file order; empty without districts.
    public var districts: [DistrictInfo]
    public var map: CityMap
    /// When and on what the report was made, for the page's header.
    public var generated: GenerationNote

    private enum CodingKeys: String, CodingKey {
        case report
        case districts
        case map
        case generated
    }

    public init(report: Report, districts: [DistrictInfo], map: CityMap, generated: GenerationNote) {
        (self.report, self.districts, self.map, self.generated) = (report, districts, map, generated)
    }
}

/// A district as the page names and places it.
public struct DistrictInfo: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var nameZh: String?
    public var latitude: Double
    public var longitude: Double

    private enum CodingKeys: String, CodingKey {
        case id
        case name
        case nameZh = "name_zh"
        case latitude
        case longitude
    }

    public init(id: String, name: String, nameZh: String?, latitude: Double, longitude: Double) {
        (self.id, self.name, self.nameZh, self.latitude, self.longitude) = (id, name, nameZh, latitude, longitude)
    }
}

/// The map's layers: seekers only as counts in grid cells (never a person's
/// place), posts as points, the hard-to-fill ones marked.
public struct CityMap: Codable, Sendable, Equatable {
    /// The bounding box of every seeker and post, degrees.
    public var minLatitude: Double
    public var maxLatitude: Double
    public var minLongitude: Double
    public var maxLongitude: Double
    /// Seekers per cell of a grid over the box, row-major from the south-west.
    public var seekerDensity: DensityGrid
    public var posts: [MapPost]

    private enum CodingKeys: String, CodingKey {
        case minLatitude = "min_latitude"
        case maxLatitude = "max_latitude"
        case minLongitude = "min_longitude"
        case maxLongitude = "max_longitude"
        case seekerDensity = "seeker_density"
        case posts
    }

    public init(
        minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double,
        seekerDensity: DensityGrid, posts: [MapPost]
    ) {
        (self.minLatitude, self.maxLatitude, self.minLongitude, self.maxLongitude) =
            (minLatitude, maxLatitude, minLongitude, maxLongitude)
        (self.seekerDensity, self.posts) = (seekerDensity, posts)
    }
}

/// Counts on a grid of `rows` × `columns` cells.
public struct DensityGrid: Codable, Sendable, Equatable {
    public var rows: Int
    public var columns: Int
    /// `rows × columns` counts, row-major, row 0 the southernmost.
    public var counts: [Int]

    private enum CodingKeys: String, CodingKey {
        case rows
        case columns
        case counts
    }

    public init(rows: Int, columns: Int, counts: [Int]) {
        (self.rows, self.columns, self.counts) = (rows, columns, counts)
    }
}

/// A post on the map.
public struct MapPost: Codable, Sendable, Equatable {
    public var id: String
    public var latitude: Double
    public var longitude: Double
    public var openings: Int
    public var isHardToFill: Bool

    private enum CodingKeys: String, CodingKey {
        case id
        case latitude
        case longitude
        case openings
        case isHardToFill = "is_hard_to_fill"
    }

    public init(id: String, latitude: Double, longitude: Double, openings: Int, isHardToFill: Bool) {
        (self.id, self.latitude, self.longitude, self.openings, self.isHardToFill) = (id, latitude, longitude, openings, isHardToFill)
    }
}

/// What the page's header says about the run.
public struct GenerationNote: Codable, Sendable, Equatable {
    /// The input files, as given.
    public var inputs: [String]
    /// `optimal`, `stable` or `greedy`.
    public var mode: String
    /// Candidates per side, or `all`.
    public var candidates: String
    /// The fairness constraint of the exposure section's re-ranked lists, if any.
    public var fairness: String?

    private enum CodingKeys: String, CodingKey {
        case inputs
        case mode
        case candidates
        case fairness
    }

    public init(inputs: [String], mode: String, candidates: String, fairness: String? = nil) {
        (self.inputs, self.mode, self.candidates, self.fairness) = (inputs, mode, candidates, fairness)
    }
}
