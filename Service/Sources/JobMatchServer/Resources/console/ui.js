// Pieces every view shares: loading and error states in words, the skills
// and requirements tables, the parts of a score.

import { bi, fixed, h, replace } from "./dom.js";
import { grade, label, groups, warnings, workTypes } from "./labels.js";

/** Shows "loading" in `area` (a `role=status` region) until the next state replaces it. */
export function showLoading(area) {
  area.className = "notice loading";
  replace(area, bi({ zh: "正在加载…", en: "Loading…" }));
}

/** Clears `area`. */
export function clearNotice(area) {
  area.className = "notice";
  area.replaceChildren();
}

/**
 * Shows `error` in `area` in words: what happened, the service's detail,
 * and each bad field it named. `notFound` phrases a 404 for the view.
 */
export function showError(area, error, notFound) {
  area.className = "notice error";
  const words = error.kind === "not-found" && notFound ? notFound : error.words ?? { zh: "出错了。", en: String(error) };
  replace(area,
    h("p", { class: "error-title", "data-kind": error.kind ?? "unknown" }, bi(words)),
    error.detail && error.kind !== "not-found" ? h("p", { class: "detail", lang: "en" }, error.detail) : null,
    error.problems?.length
      ? h("ul", { class: "problems" }, error.problems.map((problem) =>
        h("li", {}, h("code", {}, problem.field ?? ""), " ", problem.code ?? "",
          problem.expected ? ` — expected ${problem.expected}` : "",
          problem.value !== undefined ? ` (got “${problem.value}”)` : "")))
      : null);
}

/** A skill's names: Chinese, then English; the id if the taxonomy lacks it. */
export function skillName(skills, id) {
  const skill = skills.get(id);
  return skill ? { zh: skill.name_zh ?? skill.name, en: skill.name } : { zh: id, en: id };
}

/** A badge for an early-warning level, coloured and named. */
export function warningBadge(code) {
  return h("span", { class: `badge warning-${code}`, "data-warning": code }, bi(label(warnings, code ?? "none")));
}

/** Key groups as tags; "none" in words when there are none. */
export function groupTags(codes = []) {
  if (codes.length === 0) return h("span", { class: "muted" }, bi({ zh: "无重点群体", en: "No key group" }));
  return h("ul", { class: "tags" }, codes.map((code) => h("li", { "data-group": code }, bi(label(groups, code)))));
}

/** Work types as words. */
export function workTypeList(codes = []) {
  return codes.map((code) => bi(label(workTypes, code))).flatMap((name, index) => (index ? ["、", name] : [name]));
}

/** A seeker's skills with their grades on the eight-grade ladder. */
export function skillsTable(skills, levels) {
  const entries = Object.entries(levels ?? {});
  if (entries.length === 0) return h("p", { class: "muted" }, bi({ zh: "未登记技能", en: "No skills recorded" }));
  return h("table", { class: "skills" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, bi({ zh: "技能", en: "Skill" })),
      h("th", { scope: "col" }, bi({ zh: "等级", en: "Grade" })))),
    h("tbody", {}, entries.map(([id, level]) =>
      h("tr", { "data-skill": id },
        h("td", {}, bi(skillName(skills, id))),
        h("td", {}, bi(grade(level, skills.get(id)?.max_level)))))));
}

/** A post's requirements: skill, grade, weight, mandatory. */
export function requirementsTable(skills, requirements = []) {
  if (requirements.length === 0) return h("p", { class: "muted" }, bi({ zh: "无技能要求", en: "No skill requirements" }));
  return h("table", { class: "skills" },
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, bi({ zh: "技能", en: "Skill" })),
      h("th", { scope: "col" }, bi({ zh: "要求等级", en: "Grade required" })),
      h("th", { scope: "col", class: "number" }, bi({ zh: "权重", en: "Weight" })),
      h("th", { scope: "col" }, bi({ zh: "必备", en: "Mandatory" })))),
    h("tbody", {}, requirements.map((requirement) =>
      h("tr", { "data-skill": requirement.skill },
        h("td", {}, bi(skillName(skills, requirement.skill))),
        h("td", {}, bi(grade(requirement.level, skills.get(requirement.skill)?.max_level))),
        h("td", { class: "number" }, fixed(requirement.weight ?? 1, 0)),
        h("td", {}, requirement.mandatory ? bi({ zh: "是", en: "Yes" }) : bi({ zh: "否", en: "No" }))))));
}

/** A term and its value for a `<dl>`. */
export function fact(name, ...value) {
  return [h("dt", {}, bi(name)), h("dd", {}, ...value)];
}

/**
 * A ranked list: `who` names the column of the other side (post or seeker),
 * `rows` come from `matchRow`, `empty` is said when there are none.
 */
export function matchesTable({ id, caption, who, rows, empty }) {
  if (rows.length === 0) return h("p", { class: "empty", "data-empty": "true" }, bi(empty));
  return h("table", { id, class: "matches" },
    h("caption", {}, bi(caption)),
    h("thead", {}, h("tr", {},
      h("th", { scope: "col", class: "number" }, "#"),
      h("th", { scope: "col" }, bi(who)),
      h("th", { scope: "col", class: "number" }, bi({ zh: "公里", en: "km" })),
      h("th", { scope: "col", class: "number" }, bi({ zh: "得分", en: "Score" })),
      h("th", { scope: "col", class: "number part" }, bi({ zh: "技能", en: "Skill" })),
      h("th", { scope: "col", class: "number part" }, bi({ zh: "距离", en: "Geo" })),
      h("th", { scope: "col", class: "number part" }, bi({ zh: "薪酬", en: "Wage" })),
      h("th", { scope: "col", class: "number part" }, bi({ zh: "加分", en: "Bonus" })),
      h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, bi({ zh: "操作", en: "Actions" }))))),
    h("tbody", {}, rows));
}

/**
 * One match of a list: `attributes` name the row (`data-post` or
 * `data-seeker`, with rank and score), `who` is the other side's cell
 * content, `action` the explanation button, if any.
 */
export function matchRow(attributes, match, who, action) {
  return h("tr", { ...attributes, "data-rank": match.rank, "data-score": match.score },
    h("td", { class: "number rank" }, String(match.rank)),
    h("td", { class: "who" }, who),
    h("td", { class: "number" }, fixed(match.distance_km, 1)),
    h("td", { class: "number score" }, fixed(match.score, 4)),
    h("td", { class: "number part" }, fixed(match.skill, 3)),
    h("td", { class: "number part" }, fixed(match.geo, 3)),
    h("td", { class: "number part" }, fixed(match.wage, 3)),
    h("td", { class: "number part" }, match.bonus ? "+" + fixed(match.bonus, 2) : "0"),
    h("td", {}, action));
}

/** An "explain" button. */
export function explainButton(onclick) {
  return h("button", { type: "button", class: "quiet explain", onclick }, bi({ zh: "解释", en: "Explain" }));
}

/**
 * The id form of `view` ("seeker" or "post"): submitting it opens
 * `#/<view>/<id>`, again if that is open already.
 */
export function openOnSubmit(view) {
  document.getElementById(`${view}-form`).addEventListener("submit", (event) => {
    event.preventDefault();
    const target = `#/${view}/${encodeURIComponent(document.getElementById(`${view}-id`).value.trim())}`;
    if (location.hash === target) window.dispatchEvent(new HashChangeEvent("hashchange"));
    else location.hash = target;
  });
}

/**
 * Starts showing record `id` in `view`: the form shows the id and the last
 * result goes. Returns the view's notice area (saying "loading") and result
 * area, or null for no id, leaving the form to be filled in.
 */
export function beginRecordView(view, id) {
  const input = document.getElementById(`${view}-id`);
  const notice = document.getElementById(`${view}-notice`);
  const result = document.getElementById(`${view}-result`);
  input.value = id;
  result.replaceChildren();
  if (!id) {
    clearNotice(notice);
    input.focus();
    return null;
  }
  showLoading(notice);
  return { notice, result };
}

/** The "how many" choice of every list. */
export function topChoice(id, value) {
  return h("label", { class: "inline" }, bi({ zh: "显示前", en: "Show top" }), " ",
    h("select", { id, name: "top" }, [5, 10, 20, 50].map((n) => h("option", { value: n, selected: n === value }, String(n)))));
}
