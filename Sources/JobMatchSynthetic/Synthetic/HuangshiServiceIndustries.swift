import JobMatch
extension CityCatalog {
    /// Huangshi's care, household, building, catering, health, office and
    /// community-service industries, found wherever people live.
    ///
    /// Community public services employ the public-welfare posts (公益性岗位)
    /// the city funds for the hardest to place.
    static let huangshiServiceIndustries: [Industry] = [
        Industry(
            id: "care", name: "Elderly and child care", chineseName: "养老托育",
            occupations: [
                Occupation("养老护理员", "Elderly-care worker",
                    ["elderly_care", "dementia_care", "rehabilitation_assistance"]),
                Occupation("失智照护员", "Dementia-care worker", ["dementia_care", "elderly_care"]),
                Occupation("育婴员", "Infant-care worker", ["infant_care", "early_education"]),
                Occupation("保育员", "Nursery assistant", ["nursery_care", "early_education"]),
                Occupation("康复辅助员", "Rehabilitation aide", ["rehabilitation_assistance", "disability_care"]),
                Occupation("残疾人托养员", "Disability-care worker", ["disability_care", "elderly_care"]),
                Occupation("养老院主管", "Care-home supervisor",
                    ["care_home_management", "elderly_care", "human_resources"]),
            ],
            districtWeights: ["huangshigang": 2, "xisaishan": 2, "xialu": 2, "daye": 2, "yangxin": 2, "tieshan": 1],
            workTypeWeights: [.fulltime: 5, .parttime: 2, .publicWelfare: 2, .internship: 1],
            seekerWeight: 5, employerCount: 60,
            employerStems: [
                ("Elderly Care Services Co., Ltd.", "养老服务有限公司"), ("Nursery and Childcare Centre", "托育中心"),
                ("Care Home", "颐养院"), ("Home Care Services Co., Ltd.", "居家照护服务有限公司"),
            ],
            monthlyWage: 3_200...7_000, worksAtClientSites: false),
        Industry(
            id: "domestic", name: "Domestic services", chineseName: "家政服务",
            occupations: [
                Occupation("家政服务员", "Housekeeper", ["housekeeping", "household_cleaning", "home_cooking"]),
                Occupation("月嫂", "Maternity nanny", ["maternity_nanny", "infant_care"]),
                Occupation("保洁员", "Cleaner", ["household_cleaning", "appliance_cleaning"]),
                Occupation("家电清洗师", "Appliance cleaner", ["appliance_cleaning", "home_repair"]),
                Occupation("住家保姆", "Live-in helper", ["housekeeping", "home_cooking", "elderly_care"]),
                Occupation("家居维修工", "Handyman", ["home_repair", "plumbing", "electrician_permit"]),
                Occupation("空调安装维修工", "Air-conditioning technician", ["refrigeration_hvac", "electrician_permit"]),
                Occupation("洗衣熨烫工", "Laundry worker", ["laundry_care", "household_cleaning"]),
                Occupation("宠物护理员", "Pet groomer", ["pet_care", "customer_service"]),
            ],
            districtWeights: ["huangshigang": 3, "xisaishan": 2, "xialu": 2, "daye": 2, "yangxin": 1, "development_zone": 1],
            workTypeWeights: [.fulltime: 4, .parttime: 4, .gig: 5, .publicWelfare: 1],
            seekerWeight: 6, employerCount: 60,
            employerStems: [
                ("Domestic Services Co., Ltd.", "家政服务有限公司"), ("Cleaning Services Co., Ltd.", "保洁服务有限公司"),
                ("Mother and Baby Care Co., Ltd.", "母婴护理有限公司"),
            ],
            monthlyWage: 3_500...9_000, worksAtClientSites: true),
        Industry(
            id: "construction", name: "Construction", chineseName: "建筑施工",
            occupations: [
                Occupation("砌筑工", "Bricklayer", ["bricklaying", "plastering"]),
                Occupation("钢筋工", "Rebar fixer", ["rebar_work", "welding"]),
                Occupation("木模工", "Formwork carpenter", ["formwork", "scaffolding_permit"]),
                Occupation("抹灰工", "Plasterer", ["plastering", "tiling"]),
                Occupation("瓷砖工", "Tiler", ["tiling", "plastering"]),
                Occupation("油漆工", "Painter and decorator", ["painting_decorating", "plastering"]),
                Occupation("水电工", "Plumber and electrician", ["plumbing", "electrician_permit"]),
                Occupation("塔吊司机", "Tower-crane operator", ["tower_crane_permit", "overhead_crane"]),
                Occupation("架子工", "Scaffolder", ["scaffolding_permit", "formwork"]),
                Occupation("施工测量员", "Site surveyor", ["construction_surveying", "office_software"]),
                Occupation("挖机司机", "Excavator operator", ["excavator_operation", "car_licence"]),
            ],
            districtWeights: [
                "huangshigang": 2, "xisaishan": 2, "xialu": 2, "development_zone": 2, "daye": 2, "yangxin": 2, "tieshan": 1,
            ],
            workTypeWeights: [.fulltime: 9, .gig: 4],
            seekerWeight: 10, employerCount: 90,
            employerStems: [
                ("Construction Engineering Co., Ltd.", "建筑工程有限公司"), ("Decoration Engineering Co., Ltd.", "装饰工程有限公司"),
                ("Building Labour Services Co., Ltd.", "建筑劳务有限公司"), ("Installation Engineering Co., Ltd.", "安装工程有限公司"),
            ],
            monthlyWage: 4_500...10_000, worksAtClientSites: true),
        Industry(
            id: "catering", name: "Catering", chineseName: "餐饮",
            occupations: [
                Occupation("中餐厨师", "Chinese cook", ["chinese_cooking", "hubei_cuisine", "food_handler_certificate"]),
                Occupation("鄂菜厨师", "Hubei-cuisine chef",
                    ["hubei_cuisine", "chinese_cooking", "food_handler_certificate"]),
                Occupation("面点师", "Pastry cook", ["pastry", "food_handler_certificate"]),
                Occupation("切配工", "Kitchen hand", ["kitchen_preparation", "food_handler_certificate"]),
                Occupation("服务员", "Waiter", ["table_service", "food_handler_certificate"]),
                Occupation("咖啡师", "Barista", ["barista", "table_service"]),
                Occupation("餐厅经理", "Restaurant manager", ["catering_management", "table_service", "bookkeeping"]),
                Occupation("营养配餐员", "Canteen nutrition cook", ["nutrition_catering", "chinese_cooking"]),
            ],
            districtWeights: [
                "huangshigang": 3, "xisaishan": 2, "xialu": 2, "development_zone": 1, "daye": 2, "yangxin": 2, "tieshan": 1,
            ],
            workTypeWeights: [.fulltime: 9, .parttime: 6, .gig: 5, .shared: 2],
            seekerWeight: 9, employerCount: 120,
            employerStems: [
                ("Catering Management Co., Ltd.", "餐饮管理有限公司"), ("Restaurant", "酒楼"),
                ("Hotel Co., Ltd.", "酒店有限公司"), ("Food and Beverage Co., Ltd.", "餐饮有限公司"),
                ("Canteen Services Co., Ltd.", "团膳服务有限公司"),
            ],
            monthlyWage: 3_300...9_000, worksAtClientSites: false),
        Industry(
            id: "health", name: "Health", chineseName: "医疗健康",
            occupations: [
                Occupation("护士", "Nurse", ["clinical_nursing", "nurse_licence"]),
                Occupation("药店店员", "Pharmacy assistant", ["pharmacy", "office_software"]),
                Occupation("推拿师", "Tuina therapist", ["tuina_massage", "rehabilitation_therapy"]),
                Occupation("康复治疗师", "Rehabilitation therapist",
                    ["rehabilitation_therapy", "rehabilitation_assistance"]),
                Occupation("检验技师", "Laboratory technician", ["medical_laboratory", "chemical_analysis"]),
                Occupation("健康管理师", "Health manager", ["health_management", "elderly_care"]),
                Occupation("医疗设备维护员", "Medical-equipment technician", ["medical_equipment", "electronic_testing"]),
            ],
            districtWeights: ["huangshigang": 3, "xialu": 1, "xisaishan": 1, "daye": 2, "yangxin": 2],
            workTypeWeights: [.fulltime: 4, .internship: 2, .parttime: 1],
            seekerWeight: 3, employerCount: 40,
            employerStems: [
                ("Hospital", "医院"), ("Pharmacy Chain Co., Ltd.", "大药房连锁有限公司"),
                ("Rehabilitation Centre", "康复中心"), ("Medical Laboratory Co., Ltd.", "医学检验有限公司"),
            ],
            monthlyWage: 4_000...10_000, worksAtClientSites: false),
        Industry(
            id: "business_services", name: "Office, retail and personal services", chineseName: "商务与生活服务",
            occupations: [
                Occupation("会计", "Accountant", ["bookkeeping", "office_software", "statistics"]),
                Occupation("出纳", "Cashier clerk", ["cashiering", "bookkeeping"]),
                Occupation("行政文员", "Administrative clerk", ["administration", "office_software", "document_writing"]),
                Occupation("人事专员", "HR officer", ["human_resources", "office_software"]),
                Occupation("采购员", "Buyer", ["procurement", "office_software"]),
                Occupation("销售代表", "Sales representative", ["sales", "customer_service", "car_licence"]),
                Occupation("店员", "Shop assistant", ["sales", "merchandising", "cashiering"]),
                Occupation("门店店长", "Store manager", ["store_management", "sales", "bookkeeping"]),
                Occupation("客服专员", "Customer-service agent", ["customer_service", "office_software"]),
                Occupation("保安员", "Security guard", ["security_guard_certificate", "customer_service"]),
                Occupation("物业管理员", "Property-management officer", ["property_management", "customer_service"]),
                Occupation("美发师", "Hairdresser", ["hairdressing", "customer_service"]),
                Occupation("美容师", "Beautician", ["beauty_care", "customer_service"]),
            ],
            districtWeights: [
                "huangshigang": 4, "xisaishan": 2, "xialu": 2, "development_zone": 1, "daye": 2, "yangxin": 2, "tieshan": 1,
            ],
            workTypeWeights: [.fulltime: 12, .parttime: 6, .gig: 3, .shared: 2, .internship: 3],
            seekerWeight: 12, employerCount: 150,
            employerStems: [
                ("Trading Co., Ltd.", "商贸有限公司"), ("Property Services Co., Ltd.", "物业服务有限公司"),
                ("Supermarket Co., Ltd.", "超市有限公司"), ("Security Services Co., Ltd.", "保安服务有限公司"),
                ("Accounting Services Co., Ltd.", "财务咨询有限公司"), ("Beauty Salon", "美容美发店"),
            ],
            monthlyWage: 3_300...8_500, worksAtClientSites: false),
        Industry(
            id: "community_services", name: "Community public services", chineseName: "社区公共服务",
            occupations: [
                Occupation("保洁员", "Street and estate cleaner", ["household_cleaning"]),
                Occupation("绿化养护员", "Greening worker", ["landscaping", "household_cleaning"]),
                Occupation("社区协管员", "Community assistant", ["office_software", "administration"]),
                Occupation("治安巡逻员", "Community patrol", ["security_guard_certificate", "customer_service"]),
                Occupation("停车管理员", "Parking attendant", ["customer_service", "cashiering"]),
                Occupation("居家养老探访员", "Home-visit carer", ["elderly_care", "housekeeping"]),
                Occupation("公共设施维护员", "Public-facility caretaker", ["home_repair", "electrician_permit"]),
            ],
            districtWeights: [
                "huangshigang": 3, "xisaishan": 2, "xialu": 2, "tieshan": 1, "development_zone": 1, "daye": 3, "yangxin": 3,
            ],
            workTypeWeights: [.publicWelfare: 8],
            seekerWeight: 0, employerCount: 30,
            employerStems: [
                ("Community Service Centre", "社区服务中心"), ("Sanitation Service Station", "环卫服务站"),
                ("Street Office Public Service Station", "街道公共服务站"),
            ],
            monthlyWage: 2_000...3_200, worksAtClientSites: true),
    ]
}
