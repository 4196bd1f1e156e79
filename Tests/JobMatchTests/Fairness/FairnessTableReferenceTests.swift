import Testing
@testable import JobMatch

/// FA*IR's published test vectors, from the authors' two libraries:
/// - fair-search/fairsearch-fair-python, `tests/test_fair.py`
///   (commit a92a3d6a94e8050a1216d7f5d1157d4882d4d584);
/// - fair-search/fairsearch-fair-java, `src/test/java/com/github/fairsearch/FairTests.java`,
///   `FairTopKTests.java`, `MTableGenTests.java`, the fixtures
///   `src/test/resources/mtable_fixtures/mtable1.dat` to `mtable3.dat`, and the
///   sample in `README.md` (commit fe2850033e68e18164bd8f6372df0ff4e8dbf4da).
/// Probabilities are compared within the references' own tolerance, 0.0001
/// (`OFFSET` in FairTests.java, "same to the 5th decimal" in test_fair.py).
@Suite("FA*IR tables against the reference vectors")
struct FairnessTableReferenceTests {
    static let tolerance = 0.0001

    struct TableCase: Sendable, CustomTestStringConvertible {
        let k: Int
        let p: Double
        let alpha: Double
        let table: [Int]
        var testDescription: String { "k = \(k), p = \(p), α = \(alpha)" }
    }

    /// test_fair.py `test_create_unadjusted_mtable`; FairTests.java `parametersTestCreateUnadjustedMTable`.
    static let unadjusted = [
        TableCase(k: 10, p: 0.2, alpha: 0.15, table: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1]),
        TableCase(k: 20, p: 0.25, alpha: 0.1, table: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3]),
        TableCase(
            k: 30, p: 0.3, alpha: 0.05,
            table: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5]),
    ]

    /// test_fair.py `test_create_adjusted_mtable`; FairTests.java `parametersTestCreateAdjustedMTable`.
    static let adjusted = [
        TableCase(k: 10, p: 0.2, alpha: 0.15, table: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1]),
        TableCase(k: 20, p: 0.25, alpha: 0.1, table: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]),
        TableCase(
            k: 30, p: 0.3, alpha: 0.05,
            table: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4]),
    ]

    @Test("unadjusted tables", arguments: unadjusted)
    func unadjustedTable(_ reference: TableCase) throws {
        #expect(FairnessTable.minimumProtected(k: reference.k, p: reference.p, alpha: reference.alpha) == reference.table)
        let table = try FairnessTable(k: reference.k, p: reference.p, alpha: reference.alpha, adjustsForMultipleTests: false)
        #expect(table.minimumProtected == reference.table)
        #expect(table.adjustedAlpha == reference.alpha)
    }

    @Test("adjusted tables", arguments: adjusted)
    func adjustedTable(_ reference: TableCase) throws {
        let table = try FairnessTable(k: reference.k, p: reference.p, alpha: reference.alpha)
        #expect(table.minimumProtected == reference.table)
    }

    /// test_fair.py `test_mtable_generation`; FairTests.java `testMTableGeneration`:
    /// the adjusted table is the unadjusted one at the adjusted α.
    @Test("the adjusted table is the unadjusted table at the adjusted α", arguments: adjusted)
    func adjustedTableAtAdjustedAlpha(_ reference: TableCase) {
        let alpha = FairnessTable.adjustedAlpha(k: reference.k, p: reference.p, alpha: reference.alpha)
        #expect(FairnessTable.minimumProtected(k: reference.k, p: reference.p, alpha: alpha) == reference.table)
    }

    struct AlphaCase: Sendable, CustomTestStringConvertible {
        let k: Int
        let p: Double
        let alpha: Double
        let expected: Double
        let source: String
        var testDescription: String { "\(source): k = \(k), p = \(p), α = \(alpha)" }
    }

    /// test_fair.py `test_adjust_alpha` (its third case is below) and
    /// FairTests.java `testAdjustAlpha`.
    static let adjustedAlphas = [
        AlphaCase(k: 10, p: 0.2, alpha: 0.15, expected: 0.15, source: "test_fair.py"),
        AlphaCase(k: 20, p: 0.25, alpha: 0.1, expected: 0.07812500000000001, source: "test_fair.py"),
        AlphaCase(k: 10, p: 0.25, alpha: 0.15, expected: 0.15, source: "FairTests.java"),
        AlphaCase(k: 20, p: 0.25, alpha: 0.1, expected: 0.07812500000000001, source: "FairTests.java"),
        AlphaCase(k: 30, p: 0.3, alpha: 0.15, expected: 0.075, source: "FairTests.java"),
    ]

    @Test("adjusted α", arguments: adjustedAlphas)
    func adjustedAlpha(_ reference: AlphaCase) {
        let alpha = FairnessTable.adjustedAlpha(k: reference.k, p: reference.p, alpha: reference.alpha)
        #expect(abs(alpha - reference.expected) < Self.tolerance)
    }

    /// test_fair.py expects 0.0796875 for (30, 0.3, 0.15) where FairTests.java
    /// expects 0.075. The Python port's failure probability leaves out the
    /// table's last place, and the table at 0.0796875 steps up exactly there:
    /// counted in full it fails far more often than α, counted the Python way
    /// it looks nearer α than the table at 0.075.
    @Test("test_fair.py's 0.0796875 for (30, 0.3, 0.15) comes from leaving out the last place")
    func pythonLeavesOutTheLastPlace() {
        let javaTable = FairnessTable.minimumProtected(k: 30, p: 0.3, alpha: 0.075)
        let pythonTable = FairnessTable.minimumProtected(k: 30, p: 0.3, alpha: 0.0796875)
        #expect(pythonTable[29] == pythonTable[28] + 1)
        let javaFailure = FairnessTable.failureProbability(of: javaTable, p: 0.3)
        let pythonFailure = FairnessTable.failureProbability(of: pythonTable, p: 0.3)
        let pythonFailureShort = FairnessTable.failureProbability(of: Array(pythonTable.dropLast()), p: 0.3)
        #expect(abs(javaFailure - 0.15) < abs(pythonFailure - 0.15))
        #expect(abs(pythonFailureShort - 0.15) < abs(javaFailure - 0.15))
    }

    /// test_fair.py `test_compute_fail_probability`; FairTests.java `testComputeFailureProbability`:
    /// the failure probability of the adjusted table.
    @Test(
        "failure probability of the adjusted tables",
        arguments: [
            (10, 0.2, 0.15, 0.13421772800000065),
            (20, 0.25, 0.1, 0.10515247355215251),
            (30, 0.3, 0.05, 0.04877730797178359),
        ])
    func failureProbability(k: Int, p: Double, alpha: Double, expected: Double) throws {
        let table = try FairnessTable(k: k, p: p, alpha: alpha)
        let failure = FairnessTable.failureProbability(of: table.minimumProtected, p: p)
        #expect(abs(failure - expected) < Self.tolerance)
    }

    /// fairsearch-fair-java README.md's sample: k = 20, p = 0.25, α = 0.1.
    @Test("the Java README's sample")
    func javaReadme() throws {
        let unadjusted = try FairnessTable(k: 20, p: 0.25, alpha: 0.1, adjustsForMultipleTests: false)
        #expect(unadjusted.minimumProtected == [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3])
        let unadjustedFailure = FairnessTable.failureProbability(of: unadjusted.minimumProtected, p: 0.25)
        #expect(abs(unadjustedFailure - 0.14688718869911077) < Self.tolerance)
        let adjusted = try FairnessTable(k: 20, p: 0.25, alpha: 0.1)
        #expect(adjusted.minimumProtected == [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2])
        #expect(abs(FairnessTable.failureProbability(of: adjusted.minimumProtected, p: 0.25) - 0.10515247355215218) < Self.tolerance)
        #expect(abs(adjusted.adjustedAlpha - 0.07812500000000001) < Self.tolerance)
    }

    /// MTableGenTests.java `testComputeMTableWithValidParametersTest`: mtable1.dat
    /// (n = 80, p = 0.6, α = 0.1) and mtable2.dat (n = 100, p = 0.5, α = 0.3),
    /// without the leading entry for place 0 that the Java tables carry.
    @Test(
        "the Java fixtures mtable1.dat and mtable2.dat",
        arguments: [
            TableCase(
                k: 80, p: 0.6, alpha: 0.1,
                table: [
                    0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14,
                    15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 20, 21, 21, 22, 22, 23, 23, 24, 24, 25, 26, 26, 27, 27,
                    28, 28, 29, 29, 30, 31, 31, 32, 32, 33, 33, 34, 34, 35, 36, 36, 37, 37, 38, 38, 39, 40, 40, 41,
                    41, 42, 42,
                ]),
            TableCase(
                k: 100, p: 0.5, alpha: 0.3,
                table: [
                    0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14,
                    14, 15, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 22, 22, 23, 23, 24, 24, 25, 25,
                    26, 26, 27, 27, 27, 28, 28, 29, 29, 30, 30, 31, 31, 32, 32, 33, 33, 34, 34, 35, 35, 36, 36, 37,
                    37, 38, 38, 39, 39, 40, 40, 41, 41, 42, 42, 43, 43, 43, 44, 44, 45, 45, 46, 46, 47, 47,
                ]),
        ])
    func javaFixture(_ reference: TableCase) {
        #expect(FairnessTable.minimumProtected(k: reference.k, p: reference.p, alpha: reference.alpha) == reference.table)
    }

    /// mtable3.dat, which no Java test reads and whose parameters no file
    /// states; n = 1000, p = 0.5, α = 0.01 reproduce it (and no other p in
    /// steps of 0.01 with a usual α does). Its 1000 entries after the one for
    /// place 0 rise by one at a time, so they are written here as the
    /// distances between the places where they rise, then the run after the last rise.
    @Test("the Java fixture mtable3.dat")
    func javaLongFixture() {
        let rises = """
            743323323323223232232322322322232232223222322232223222322223222232222322223222232222322222322222\
            322222322222322222232222232222223222222322222232222222322222232222222322222223222222232222222322\
            222222322222223222222223222222223222222223222222222322222222322222222232222222223222222222322222\
            222232222222222322222222223222222222232222222222322222222223222222222232222222222232222222222232\
            2222222222322222222222322222222222322222222222232222222222232222222222223222222
            """
        var table: [Int] = []
        for distance in rises.map({ Int(String($0))! }) {
            table += [Int](repeating: table.last ?? 0, count: distance - 1) + [(table.last ?? 0) + 1]
        }
        table.append(table.last!)
        #expect(table.count == 1000 && table.last == 463)
        #expect(FairnessTable.minimumProtected(k: 1000, p: 0.5, alpha: 0.01) == table)
    }
}
