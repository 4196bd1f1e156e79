import JobMatch
extension CityCatalog {
    /// Huangshi (黄石), Hubei: an old steel and copper city on the Yangtze
    /// turning to electronics, new-energy vehicles, software and
    /// cross-border trade, with farming, shoemaking and traditional timber
    /// crafts in Daye and Yangxin.
    public static let huangshi = CityCatalog(
        name: "Huangshi", chineseName: "黄石",
        skillGroups: huangshiSkillGroups,
        districts: huangshiDistricts,
        industries: huangshiProductionIndustries + huangshiServiceIndustries,
        firmBrandWords: [
            ("Xinda", "鑫达"), ("Hengtai", "恒泰"), ("Ruifeng", "瑞丰"), ("Hongyuan", "宏远"),
            ("Boyuan", "博远"), ("Runhe", "润和"), ("Jiahe", "嘉禾"), ("Yong'an", "永安"),
            ("Tiancheng", "天成"), ("Juli", "聚力"), ("Zhongcheng", "众诚"), ("Huachen", "华辰"),
            ("Yihe", "亿和"), ("Tongxing", "同兴"), ("Fukang", "福康"), ("Antai", "安泰"),
            ("Shunda", "顺达"), ("Cihu", "磁湖"), ("Xisai", "西塞"), ("Tonglu", "铜绿"),
            ("Qinglong", "青龙"), ("Edong", "鄂东"), ("Fuchi", "富池"), ("Jinshan", "金山"),
            ("Minghui", "明辉"), ("Kaiyuan", "开元"), ("Xiangyun", "祥云"), ("Dongsheng", "东升"),
            ("Lianchuang", "联创"), ("Hengxin", "恒信"), ("Shengtai", "盛泰"), ("Jinding", "金鼎"),
        ],
        kilometresPerDegreeLongitude: 96.2,
        publicWelfareMonthlyWage: 2_000...2_800)
}
