// Ad-hoc search: a seeker's profile filled in a form (skills from the
// taxonomy with their Chinese names), its best posts from `POST /v1/match`,
// each explained by `POST /v1/match/explain/{pid}`. The profile is not stored.

import { call } from "./api.js";
import { bi, h, replace } from "./dom.js";
import { grade, groups, label, warnings, workTypes } from "./labels.js";
import { postMatches } from "./matches.js";
import { clearNotice, showError, showLoading, topChoice } from "./ui.js";

const $ = (id) => document.getElementById(id);
let built = false;
/** The latest search: an answer to an older one, arriving late, is dropped. */
let latest = 0;

/** Shows the form (built once, from the taxonomy and districts). */
export async function showSearch(_id, context) {
  if (!built) {
    buildForm($("search-form"), context);
    built = true;
  }
}

function field(id, name, control, hint) {
  return h("div", { class: "field" }, h("label", { for: id }, bi(name)), control, hint ? h("small", { class: "muted" }, bi(hint)) : null);
}

function buildForm(form, context) {
  const districtChoice = h("select", { id: "search-district" },
    h("option", { value: "" }, "— 选择区中心 Pick a district centre —"),
    context.districts.map((district) => h("option", { value: district.id }, `${district.name_zh ?? ""} ${district.name}`.trim())));
  districtChoice.addEventListener("change", () => {
    const district = context.districts.find((d) => d.id === districtChoice.value);
    if (!district) return;
    $("search-lat").value = district.lat;
    $("search-lon").value = district.lon;
  });
  const skillRows = h("ol", { id: "search-skills", class: "skill-rows" });
  const addSkill = h("button", { type: "button", id: "search-add-skill", class: "quiet" }, bi({ zh: "＋ 添加技能", en: "Add a skill" }));
  addSkill.addEventListener("click", () => {
    const row = skillRow(context, skillRows.children.length);
    skillRows.append(row);
    row.querySelector("select").focus();
  });

  replace(form,
    h("fieldset", {}, h("legend", {}, bi({ zh: "位置", en: "Location" })),
      field("search-district", { zh: "区", en: "District" }, districtChoice, { zh: "可选：以区中心为位置", en: "optional: start from its centre" }),
      h("div", { class: "pair-fields" },
        field("search-lat", { zh: "纬度", en: "Latitude" }, h("input", { id: "search-lat", type: "number", step: "any", min: -90, max: 90, required: true })),
        field("search-lon", { zh: "经度", en: "Longitude" }, h("input", { id: "search-lon", type: "number", step: "any", min: -180, max: 180, required: true })))),
    h("fieldset", {}, h("legend", {}, bi({ zh: "技能与等级", en: "Skills and grades" })), skillRows, addSkill),
    h("fieldset", {}, h("legend", {}, bi({ zh: "期望", en: "Expectations" })),
      h("div", { class: "pair-fields" },
        field("search-commute", { zh: "通勤上限（公里）", en: "Commute limit (km)" }, h("input", { id: "search-commute", type: "number", step: "any", min: 0.1 })),
        field("search-monthly", { zh: "期望月薪（元）", en: "Expected monthly (CNY)" }, h("input", { id: "search-monthly", type: "number", step: "any", min: 1 })),
        field("search-hourly", { zh: "期望时薪（元）", en: "Expected hourly (CNY)" }, h("input", { id: "search-hourly", type: "number", step: "any", min: 1 }))),
      checkboxes("search-accepts", { zh: "接受的工作", en: "Accepts" }, workTypes, ["fulltime"])),
    h("fieldset", {}, h("legend", {}, bi({ zh: "重点群体与预警", en: "Key groups and warning" })),
      checkboxes("search-groups", { zh: "重点群体", en: "Key groups" }, groups, []),
      field("search-warning", { zh: "预警等级", en: "Warning level" },
        h("select", { id: "search-warning" }, [...warnings].map(([code, name]) => h("option", { value: code, selected: code === "none" }, `${name.zh} ${name.en}`))))),
    h("div", { class: "actions" }, topChoice("search-top", 10), h("button", { type: "submit", id: "search-submit" }, bi({ zh: "查询", en: "Search" }))));
  skillRows.append(skillRow(context, 0));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search(form, context);
  });
}

function checkboxes(id, name, table, checked) {
  return h("fieldset", { id, class: "choices" }, h("legend", {}, bi(name)),
    [...table].map(([code, words]) => h("label", { class: "inline" },
      h("input", { type: "checkbox", value: code, checked: checked.includes(code) }), " ", bi(words))));
}

/** One skill: the taxonomy by group, then the grades that skill has. */
function skillRow(context, index) {
  const byGroup = new Map();
  for (const skill of context.skillList) byGroup.set(skill.group, [...(byGroup.get(skill.group) ?? []), skill]);
  const skill = h("select", { class: "skill", "aria-label": `技能 ${index + 1} Skill ${index + 1}` },
    h("option", { value: "" }, "— 选择技能 Pick a skill —"),
    [...byGroup].map(([group, skills]) => h("optgroup", { label: group },
      skills.map((entry) => h("option", { value: entry.id }, `${entry.name_zh ?? entry.name} ${entry.name}`)))));
  const level = h("select", { class: "level", "aria-label": `等级 ${index + 1} Grade ${index + 1}` });
  const fillGrades = () => {
    level.disabled = !skill.value;
    const maxLevel = context.skills.get(skill.value)?.max_level ?? 1;
    replace(level, Array.from({ length: maxLevel }, (_, i) => {
      const name = grade(i + 1, maxLevel);
      return h("option", { value: i + 1 }, `${name.zh} ${name.en}`);
    }));
  };
  skill.addEventListener("change", fillGrades);
  fillGrades();
  const row = h("li", {}, skill, level);
  const remove = h("button", { type: "button", class: "quiet", "aria-label": `删除技能 ${index + 1} Remove skill ${index + 1}` }, "✕");
  remove.addEventListener("click", () => row.remove());
  row.append(remove);
  return row;
}

/** The profile as a seeker record (FORMATS.md's JSON shape). */
function profile(form) {
  const number = (id) => (form.querySelector(`#${id}`).value === "" ? undefined : Number(form.querySelector(`#${id}`).value));
  const skills = {};
  for (const row of form.querySelectorAll("#search-skills li")) {
    const id = row.querySelector(".skill").value;
    if (id) skills[id] = Number(row.querySelector(".level").value);
  }
  const ticked = (id) => [...form.querySelectorAll(`#${id} input:checked`)].map((input) => input.value);
  return {
    id: "ad-hoc",
    lat: number("search-lat"),
    lon: number("search-lon"),
    skills,
    max_commute_km: number("search-commute"),
    expected_monthly: number("search-monthly"),
    expected_hourly: number("search-hourly"),
    accepts: ticked("search-accepts"),
    groups: ticked("search-groups"),
    warning: form.querySelector("#search-warning").value,
  };
}

async function search(form, context) {
  const ticket = ++latest;
  const notice = $("search-notice");
  const result = $("search-result");
  const seeker = profile(form);
  result.replaceChildren();
  showLoading(notice);
  try {
    const top = form.querySelector("#search-top").value;
    const answer = await call(`/v1/match?top=${top}`, { method: "POST", body: seeker });
    const { table, map } = await postMatches({ seeker, answer, context, stored: false, tableID: "search-matches" });
    if (ticket !== latest) return;
    clearNotice(notice);
    replace(result,
      h("div", { class: "side" }, map),
      h("section", { class: "list", "aria-labelledby": "search-list-heading" },
        h("div", { class: "list-head" }, h("h3", { id: "search-list-heading" }, bi({ zh: "最佳岗位", en: "Best posts" }))),
        table));
  } catch (error) {
    if (ticket !== latest) return;
    showError(notice, error);
  }
}
