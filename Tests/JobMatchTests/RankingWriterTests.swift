import Foundation
import Testing
@testable import JobMatch
@testable import JobMatchModel

@Suite("Ranking rows")
struct RankingWriterTests {
    @Test("each row's parts are the reference's, read without scoring again")
    func rowsCarryTheReferenceParts() throws {
        let instance = RandomInstance(seed: 41, seekers: 200, posts: 150)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let reference = ReferenceScorer(taxonomy: instance.taxonomy, configuration: engine.configuration)
        let seekers = Dictionary(uniqueKeysWithValues: instance.seekers.map { ($0.id, $0) })
        for direction in RankingDirection.allCases {
            var rows = 0
            for list in engine.rank(instance.seekers, direction: direction, top: 6) {
                for match in list.matches {
                    let expected = try #require(reference.score(seekers[match.seekerID]!, engine.post(id: match.postID)!))
                    for (part, value) in [("total", \PairScore.total), ("skill", \.skill), ("geo", \.geo), ("wage", \.wage),
                                          ("bonus", \.bonus), ("distance", \.distanceKm)] {
                        #expect(abs(match.score[keyPath: value] - expected[keyPath: value]) <= 1e-9, "\(part) of \(match.seekerID) \(match.postID)")
                    }
                    rows += 1
                }
            }
            #expect(rows > 300)
        }
    }

    @Test("CSV and JSON Lines equal a plain rendering of every row, whatever the threads", arguments: [OutputFormat.csv, .jsonl])
    func bytesEqualThePlainRendering(_ format: OutputFormat) throws {
        // More lists than two chunks of 4,096, so that chunks and threads meet.
        let instance = RandomInstance(seed: 5, seekers: 9_000, posts: 40)
        let engine = try MatchEngine(taxonomy: instance.taxonomy, posts: instance.posts)
        let ranking = engine.rank(instance.seekers, direction: .posts, top: 3)
        let expected = Self.plain(ranking, format: format)
        #expect(expected.count > 1_000)
        for threads in [1, 2, 3] {
            var bytes: [UInt8] = []
            try RankingWriter(format: format, threads: threads).write(ranking) { bytes += $0 }
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "threads \(threads)")
        }
    }

    @Test("decimals are rounded as the plain reference rounds them, sign and all")
    func decimals() {
        var random = SeededGenerator(seed: 2026)
        var values: [Double] = [0, -0.0, 1, -1, 0.5, -0.0000004, 0.0000005, 123.45678949, 9e9, 9.1e9, 1e300, .nan, .infinity, -.infinity]
        for _ in 0..<20_000 {
            values.append(Double.random(in: -2...2, using: &random))
            values.append(Double.random(in: 0...1, using: &random).rounded(toPlaces: 7))
        }
        for value in values {
            for places in [0, 4, 6, 9] {
                #expect(RankingWriter.decimal(value, places: places) == Self.plainDecimal(value, places: places), "\(value) \(places)")
            }
        }
    }

    /// Every row with `String` operations, one field at a time.
    private static func plain(_ ranking: Ranking, format: OutputFormat) -> String {
        var text = format == .csv ? "seeker,post,rank,score,skill,geo,wage,distance_km,bonus\n" : ""
        for list in ranking {
            for match in list.matches {
                let s = match.score
                let numbers = [s.total, s.skill, s.geo, s.wage].map { plainDecimal($0, places: 6) }
                    + [plainDecimal(s.distanceKm, places: 4), plainDecimal(s.bonus, places: 6)]
                if format == .csv {
                    text += ([TextEscaping.csvField(match.seekerID), TextEscaping.csvField(match.postID), String(match.rank)]
                        + numbers).joined(separator: ",") + "\n"
                } else {
                    let names = ["score", "skill", "geo", "wage", "distance_km", "bonus"]
                    text += "{\"seeker\":\(TextEscaping.jsonString(match.seekerID)),\"post\":\(TextEscaping.jsonString(match.postID)),\"rank\":\(match.rank)"
                        + zip(names, numbers).map { ",\"\($0)\":\($1)" }.joined() + "}\n"
                }
            }
        }
        return text
    }

    /// `value` with `places` decimals: the scaled magnitude rounded half away from zero, in integers.
    private static func plainDecimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard value.isFinite, scaled < 9e15 else { return String(value) }
        let units = Int64(scaled), divisor = Int64(scale)
        let fraction = String(units % divisor)
        let whole = (value < 0 && units != 0 ? "-" : "") + String(units / divisor)
        return places == 0 ? whole : whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}

private extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
