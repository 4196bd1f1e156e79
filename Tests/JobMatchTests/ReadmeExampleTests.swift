import Foundation
import JobMatch
import Testing

/// The library examples of README.md, run as written on the fixtures, so
/// that the README stays true.
@Suite("README examples")
struct ReadmeExampleTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)").path
    }

    @Test func liveIndex() throws {
        let data = InputLoader.loadDataSet(
            taxonomyPath: Self.fixture("skills.csv"), seekersPath: Self.fixture("seekers.csv"),
            postsPath: Self.fixture("posts.csv"))
        let index = try MatchIndex(taxonomy: data.taxonomy, posts: data.posts.records, seekers: data.seekers.records)
        let post = try Post(json: #"{"id": "P09001", "employer": "E0042", "lat": 30.2, "lon": 115.05, "wage_min": 4500, "wage_max": 6000, "requirements": [{"skill": "welding", "level": 3, "mandatory": true}]}"#,
                            taxonomy: index.snapshot.taxonomy)
        #expect(try index.upsert(post))
        let best = try index.bestPosts(forSeekerID: "S000001", top: 10)
        #expect(best.matches.count == 10)
        let fits = try index.bestSeekers(forPostID: "P09001", top: 10)
        #expect(fits.ownerID == "P09001")
        let why = try index.explain(seekerID: "S000001", postID: "P09001")
        #expect(why.postID == "P09001")
        #expect(index.removePosts(ids: ["P09001"]) == ["P09001"])
        #expect(index.snapshot.post(id: "P09001") == nil)
    }

    @Test func batchEngine() throws {
        let data = InputLoader.loadDataSet(
            taxonomyPath: Self.fixture("skills.csv"), seekersPath: Self.fixture("seekers.csv"),
            postsPath: Self.fixture("posts.csv"))
        let engine = try MatchEngine(taxonomy: data.taxonomy, posts: data.posts.records)
        let ranking = engine.rank(data.seekers.records, direction: .posts, top: 10)
        #expect(ranking.count == data.seekers.records.count && ranking.rejected.isEmpty)
        let graph = engine.candidateGraph(for: data.seekers.records, limit: .perSide(50))
        #expect(!graph.assignment(.optimal).placements.isEmpty)
    }
}
