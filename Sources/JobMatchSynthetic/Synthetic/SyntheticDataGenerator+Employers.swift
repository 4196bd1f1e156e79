import JobMatch
extension SyntheticDataGenerator {
    /// Employer `index` (`E0001` is index 0): its industry fixed by the
    /// catalogue's employer counts, its district and address drawn.
    ///
    /// Names pair the place with a trade name and an industry stem,
    /// stepping through both so no two employers of an industry share a
    /// name while the catalogue has more trade names × stems than employers.
    static func employer(
        at index: Int, seed: UInt64, catalog: CityCatalog, tables: SamplingTables
    ) -> SyntheticEmployer {
        var random = Xoshiro256StarStar(seed: seed, stream: Stream.employers.rawValue, index: index)
        let (industryIndex, number) = tables.employerSlots[index]
        let industry = catalog.industries[industryIndex]
        let district = catalog.districts[random.index(weightedBy: tables.employerDistrictWeights[industryIndex])]
        let stem = industry.employerStems[number % industry.employerStems.count]
        let brand = catalog.firmBrandWords[
            (number / industry.employerStems.count + 7 * industryIndex) % catalog.firmBrandWords.count]
        return SyntheticEmployer(
            id: identifier("E", index + 1, width: 4),
            name: "\(district.firmNamePrefix) \(brand.english) \(stem.english)",
            chineseName: district.chineseFirmNamePrefix + brand.chinese + stem.chinese,
            industry: industry.id,
            district: district.id,
            location: catalog.point(around: district, using: &random),
            isInSharedPool: tables.poolEmployersOfIndustry[industryIndex].contains(index))
    }
}
