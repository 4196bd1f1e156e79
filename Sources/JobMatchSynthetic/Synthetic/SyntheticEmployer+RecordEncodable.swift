import JobMatch
extension SyntheticEmployer: RecordEncodable {
    package static let columns = ["id", "name", "name_zh", "industry", "district", "lat", "lon", "shared_pool"]

    package var encodedFields: [RecordEncoding.Field?] {
        [
            .text(id), .text(name), .text(chineseName), .text(industry), .text(district),
            .number(location.latitude), .number(location.longitude), .text(isInSharedPool ? "yes" : "no"),
        ]
    }
}
