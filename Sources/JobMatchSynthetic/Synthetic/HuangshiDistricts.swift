import JobMatch
extension CityCatalog {
    /// Huangshi's four urban districts, the development zone and its two
    /// county-level areas.
    ///
    /// Centres are those of each built-up area; the counties' larger spreads
    /// reach their market towns. Weights are approximate residents in ten
    /// thousands, so most seekers live in Daye and Yangxin while most
    /// employers sit in the urban districts and the development zone.
    static let huangshiDistricts: [District] = [
        District(
            id: "huangshigang", name: "Huangshigang District", chineseName: "黄石港区",
            centre: Coordinate(latitude: 30.222, longitude: 115.072), spreadKm: 2.0, populationWeight: 28,
            isCounty: false,
            firmNamePrefix: "Huangshi", chineseFirmNamePrefix: "黄石"),
        District(
            id: "xisaishan", name: "Xisaishan District", chineseName: "西塞山区",
            centre: Coordinate(latitude: 30.201, longitude: 115.114), spreadKm: 2.5, populationWeight: 24,
            isCounty: false,
            firmNamePrefix: "Huangshi", chineseFirmNamePrefix: "黄石"),
        District(
            id: "xialu", name: "Xialu District", chineseName: "下陆区",
            centre: Coordinate(latitude: 30.172, longitude: 114.972), spreadKm: 2.5, populationWeight: 20,
            isCounty: false,
            firmNamePrefix: "Huangshi", chineseFirmNamePrefix: "黄石"),
        District(
            id: "tieshan", name: "Tieshan District", chineseName: "铁山区",
            centre: Coordinate(latitude: 30.204, longitude: 114.902), spreadKm: 1.8, populationWeight: 6,
            isCounty: false,
            firmNamePrefix: "Huangshi", chineseFirmNamePrefix: "黄石"),
        // Shares one administration with Tieshan; its industrial parks lie
        // between Xialu and the north shore of Daye Lake.
        District(
            id: "development_zone", name: "Huangshi Economic and Technological Development Zone",
            chineseName: "黄石经济技术开发区",
            centre: Coordinate(latitude: 30.160, longitude: 115.010), spreadKm: 3.5, populationWeight: 12,
            isCounty: false,
            firmNamePrefix: "Huangshi", chineseFirmNamePrefix: "黄石"),
        District(
            id: "daye", name: "Daye City", chineseName: "大冶市",
            centre: Coordinate(latitude: 30.096, longitude: 114.980), spreadKm: 5.0, populationWeight: 78,
            isCounty: true,
            firmNamePrefix: "Daye", chineseFirmNamePrefix: "大冶"),
        District(
            id: "yangxin", name: "Yangxin County", chineseName: "阳新县",
            centre: Coordinate(latitude: 29.830, longitude: 115.212), spreadKm: 7.0, populationWeight: 78,
            isCounty: true,
            firmNamePrefix: "Yangxin", chineseFirmNamePrefix: "阳新"),
    ]
}
