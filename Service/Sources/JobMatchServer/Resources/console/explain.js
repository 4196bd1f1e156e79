// A pair's explanation (`GET /v1/seekers/{sid}/explain/{pid}`, or
// `POST /v1/match/explain/{pid}` for a profile that is not stored) in a modal
// dialog: the score's parts and weights, each requirement's credit, the
// distance and wages, and every rule an infeasible pair breaks.

import { call, segment } from "./api.js";
import { bi, fixed, h, replace, yuan } from "./dom.js";
import { grade, label, rules } from "./labels.js";
import { clearNotice, fact, showError, showLoading, skillName } from "./ui.js";

const dialog = () => document.getElementById("explain-dialog");
/** The latest explanation asked for: an older one arriving late is dropped. */
let latest = 0;

/**
 * Opens the dialog on the pair and loads its explanation; focus returns to
 * `opener` on close. `profile`, when given, is the seeker's record, not stored.
 */
export async function openExplanation({ seekerID, postID, title, skills, opener, profile }) {
  const ticket = ++latest;
  const box = dialog();
  const body = box.querySelector("#explain-body");
  const notice = box.querySelector("#explain-notice");
  replace(box.querySelector("#explain-title"), bi({ zh: "配对解释", en: "Why this pair" }), " ",
    h("span", { class: "pair" }, `${seekerID} → ${postID}`), title ? h("span", { class: "post-title" }, title) : null);
  body.replaceChildren();
  box.onclose = () => opener?.focus();
  if (!box.open) box.showModal();
  showLoading(notice);
  try {
    const explanation = profile
      ? await call(`/v1/match/explain/${segment(postID)}`, { method: "POST", body: profile })
      : await call(`/v1/seekers/${segment(seekerID)}/explain/${segment(postID)}`);
    if (ticket !== latest) return;
    clearNotice(notice);
    replace(body, render(explanation, skills));
  } catch (error) {
    if (ticket !== latest) return;
    showError(notice, error, {
      zh: `没有求职者 “${seekerID}” 或岗位 “${postID}”（404）。`,
      en: `There is no seeker “${seekerID}” or no post “${postID}” (404).`,
    });
  }
}

function render(explanation, skills) {
  const weights = explanation.weights ?? {};
  const verdict = explanation.feasible
    ? h("p", { class: "verdict feasible", "data-feasible": "true" }, bi({ zh: "可匹配", en: "Feasible" }),
      " · ", bi({ zh: "总分", en: "Score" }), " ", h("strong", { class: "score" }, fixed(explanation.score, 4)))
    : h("p", { class: "verdict infeasible", "data-feasible": "false" }, bi({ zh: "不可匹配：不计分，不进入任何排名", en: "Infeasible: not scored, in no ranking" }));
  return [
    verdict,
    explanation.violations?.length
      ? h("section", { class: "violations" }, h("h3", {}, bi({ zh: "违反的规则", en: "Rules broken" })),
        h("ul", {}, explanation.violations.map((violation) =>
          h("li", { "data-rule": violation.rule }, h("strong", {}, bi(label(rules, violation.rule))),
            h("span", { class: "detail", lang: "en" }, violation.detail)))))
      : null,
    h("section", {}, h("h3", {}, bi({ zh: "得分构成", en: "How the score is made" })), partsTable(explanation, weights)),
    h("section", {}, h("h3", {}, bi({ zh: "技能要求", en: "Requirements" })), requirementsCredit(explanation.requirements ?? [], skills)),
    h("section", {}, h("h3", {}, bi({ zh: "距离与薪酬", en: "Distance and wage" })),
      h("dl", { class: "facts" },
        fact({ zh: "距离", en: "Distance" }, `${fixed(explanation.distance_km, 2)} km`),
        fact({ zh: "岗位薪酬（中值）", en: "Offered (midpoint)" }, yuan(explanation.offered_wage)),
        fact({ zh: "期望薪酬", en: "Expected" }, explanation.expected_wage == null ? bi({ zh: "未填写", en: "Not given" }) : yuan(explanation.expected_wage)),
        fact({ zh: "薪酬 ÷ 期望", en: "Offered ÷ expected" }, explanation.wage_ratio == null ? "—" : fixed(explanation.wage_ratio, 2)))),
  ];
}

function partsTable(explanation, weights) {
  const rows = [
    [{ zh: "技能", en: "Skill" }, explanation.skill, weights.skill],
    [{ zh: "距离", en: "Geo" }, explanation.geo, weights.geo],
    [{ zh: "薪酬", en: "Wage" }, explanation.wage, weights.wage],
  ];
  return h("table", { class: "parts" },
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, bi({ zh: "部分", en: "Part" })),
      h("th", { scope: "col", class: "number" }, bi({ zh: "分值", en: "Value" })),
      h("th", { scope: "col", class: "number" }, bi({ zh: "权重", en: "Weight" })),
      h("th", { scope: "col", class: "number" }, bi({ zh: "贡献", en: "Adds" })))),
    h("tbody", {},
      rows.map(([name, value, weight]) => h("tr", {},
        h("th", { scope: "row" }, bi(name)),
        h("td", { class: "number" }, fixed(value, 4)),
        h("td", { class: "number" }, fixed(weight, 2)),
        h("td", { class: "number" }, fixed(value * weight, 4)))),
      h("tr", {}, h("th", { scope: "row" }, bi({ zh: "重点群体预警加分", en: "Warning bonus" })),
        h("td", { class: "number" }, fixed(explanation.bonus, 4)), h("td", {}), h("td", { class: "number" }, fixed(explanation.bonus, 4)))),
    h("tfoot", {}, h("tr", {}, h("th", { scope: "row" }, bi({ zh: "总分", en: "Score" })), h("td", {}), h("td", {}),
      h("td", { class: "number" }, explanation.feasible ? fixed(explanation.score, 4) : "—"))));
}

function requirementsCredit(requirements, skills) {
  if (requirements.length === 0) return h("p", { class: "muted" }, bi({ zh: "无技能要求：技能分为 1", en: "No requirements: the skill part is 1" }));
  return h("table", { class: "requirements" },
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, bi({ zh: "技能", en: "Skill" })),
      h("th", { scope: "col" }, bi({ zh: "要求", en: "Required" })),
      h("th", { scope: "col" }, bi({ zh: "本人", en: "Has" })),
      h("th", { scope: "col", class: "number" }, bi({ zh: "同组最高", en: "Best in group" })),
      h("th", { scope: "col", class: "number" }, bi({ zh: "权重", en: "Weight" })),
      h("th", { scope: "col", class: "number" }, bi({ zh: "得分", en: "Credit" })))),
    h("tbody", {}, requirements.map((requirement) => {
      const maxLevel = skills.get(requirement.skill)?.max_level;
      return h("tr", { "data-skill": requirement.skill, class: requirement.missing_mandatory ? "missing" : null },
        h("td", {}, bi(skillName(skills, requirement.skill)),
          requirement.mandatory ? h("span", { class: "flag" }, bi({ zh: "必备", en: "mandatory" })) : null),
        h("td", {}, bi(grade(requirement.level, maxLevel))),
        h("td", {}, bi(grade(requirement.own_level, maxLevel))),
        h("td", { class: "number" }, String(requirement.group_level)),
        h("td", { class: "number" }, fixed(requirement.weight, 0)),
        h("td", { class: "number" }, fixed(requirement.credit, 3)));
    })));
}
