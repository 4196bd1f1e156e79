import JobMatch

/// Which district each seeker and post belongs to (REPORTS.md): a seeker to
/// the district whose centre is nearest (ties by id), a post to its
/// `district` field when given, else likewise.
struct DistrictAssignment {
    /// The district id of each seeker, in batch order; empty without districts.
    let ofSeeker: [String]
    /// The district id of each post; empty without districts.
    let ofPost: [String]

    init(districts: [District], seekers: [Seeker], posts: [Post]) {
        guard !districts.isEmpty else {
            (ofSeeker, ofPost) = ([], [])
            return
        }
        let ordered = districts.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        func nearest(_ place: Coordinate) -> String {
            var best = ordered[0]
            var bestDistance = place.distanceKm(to: best.centre)
            for district in ordered.dropFirst() {
                let distance = place.distanceKm(to: district.centre)
                if distance < bestDistance { (best, bestDistance) = (district, distance) }
            }
            return best.id
        }
        ofSeeker = seekers.map { nearest($0.location) }
        ofPost = posts.map { $0.district ?? nearest($0.location) }
    }

    /// Whether there are districts.
    var isEmpty: Bool { ofSeeker.isEmpty && ofPost.isEmpty }
}
