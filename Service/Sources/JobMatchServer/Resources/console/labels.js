// The names the console gives the service's codes, Chinese and English,
// in the order the plan lists them. A code it does not know is shown as it is.

const named = (entries) => new Map(entries.map(([code, zh, en]) => [code, { zh, en }]));

/** The key groups (FORMATS.md), in the plan's order. */
export const groups = named([
  ["graduate", "高校毕业生", "Graduate"],
  ["unemployed_youth", "失业青年", "Unemployed youth"],
  ["migrant", "农民工", "Migrant worker"],
  ["disabled", "残疾人", "Person with disabilities"],
  ["poverty_alleviated", "脱贫人口", "Poverty-alleviated"],
  ["long_unemployed", "长期失业人员", "Long-term unemployed"],
  ["zero_employment_family", "零就业家庭", "Zero-employment family"],
  ["older_hard_to_employ", "大龄就业困难人员", "Older hard-to-employ"],
  ["veteran", "退役军人", "Veteran"],
]);

/** The early-warning levels, most urgent first. */
export const warnings = named([
  ["red", "红色预警", "Red warning"],
  ["yellow", "黄色预警", "Yellow warning"],
  ["blue", "蓝色预警", "Blue warning"],
  ["none", "无预警", "No warning"],
]);

/** The work types (FORMATS.md). */
export const workTypes = named([
  ["fulltime", "全职", "Full-time"],
  ["parttime", "兼职", "Part-time"],
  ["gig", "零工", "Gig work"],
  ["shared", "共享用工", "Shared employees"],
  ["internship", "就业见习", "Internship"],
  ["public_welfare", "公益性岗位", "Public-welfare post"],
]);

/** The hard rules of SCORING.md, in its order. */
export const rules = named([
  ["work-type", "工作类型不符", "Work type not accepted"],
  ["public-welfare-group", "非公益岗位对象", "Not a public-welfare group"],
  ["internship-group", "非见习对象", "Not an internship group"],
  ["shared-employer", "共享用工单位不符", "Shared-pool employer"],
  ["time-window", "时间窗口不符", "Time window"],
  ["mandatory-requirement", "缺少必备技能", "Mandatory skill missing"],
  ["distance", "超出距离", "Too far"],
  ["wage", "薪酬低于期望", "Wage below expectation"],
]);

/** The eight-grade ladder, with 0 for no skill. */
export const grades = [
  { zh: "无", en: "None" },
  { zh: "学徒工", en: "Apprentice" },
  { zh: "初级工", en: "Junior" },
  { zh: "中级工", en: "Intermediate" },
  { zh: "高级工", en: "Senior" },
  { zh: "技师", en: "Technician" },
  { zh: "高级技师", en: "Senior technician" },
  { zh: "特级技师", en: "Special-grade technician" },
  { zh: "首席技师", en: "Chief technician" },
];

/** The name of `code` in `table`, or the code itself for both languages. */
export function label(table, code) {
  return table.get(code) ?? { zh: code, en: code };
}

/** A grade: `4 级 高级工 Senior`, or just `1 级` for an ungraded skill (max level 1). */
export function grade(level, maxLevel) {
  if (maxLevel === 1) return level >= 1 ? { zh: "已具备", en: "Has it" } : grades[0];
  return { zh: `${level} 级 ${grades[level]?.zh ?? ""}`.trim(), en: grades[level]?.en ?? `Grade ${level}` };
}
