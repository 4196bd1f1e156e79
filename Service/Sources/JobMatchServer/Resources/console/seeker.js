// The seeker view: a stored seeker's record (warning level, key groups,
// skills with grades) and their best posts now, as a list and a map.

import { call, segment } from "./api.js";
import { bi, fixed, h, replace, yuan } from "./dom.js";
import { openExplanation } from "./explain.js";
import { postMatches } from "./matches.js";
import {
  beginRecordView, clearNotice, fact, groupTags, openOnSubmit, showError, skillsTable, topChoice, warningBadge, workTypeList,
} from "./ui.js";

let top = 10;
/** The latest request: an answer to an older one, arriving late, is dropped. */
let latest = 0;

openOnSubmit("seeker");

/** Shows seeker `id` (nothing but the form when empty). */
export async function showSeeker(id, context) {
  const ticket = ++latest;
  const areas = beginRecordView("seeker", id);
  if (!areas) return;
  const { notice, result } = areas;
  try {
    const [seeker, answer] = await Promise.all([
      call(`/v1/seekers/${segment(id)}`),
      call(`/v1/seekers/${segment(id)}/matches?top=${top}`),
    ]);
    const { table, map } = await postMatches({ seeker, answer, context, stored: true, tableID: "seeker-matches" });
    if (ticket !== latest) return;
    clearNotice(notice);
    const choice = topChoice("seeker-top", top);
    choice.querySelector("select").addEventListener("change", (event) => {
      top = Number(event.target.value);
      showSeeker(id, context);
    });
    replace(result,
      h("div", { class: "side" }, seekerCard(seeker, context), map),
      h("section", { class: "list", "aria-labelledby": "seeker-list-heading" },
        h("div", { class: "list-head" }, h("h3", { id: "seeker-list-heading" }, bi({ zh: "最佳岗位", en: "Best posts" })), choice),
        table,
        anyPost(seeker, context)));
  } catch (error) {
    if (ticket !== latest) return;
    showError(notice, error, { zh: `没有编号为 “${id}” 的求职者（404）。`, en: `There is no seeker with id “${id}” (404).` });
  }
}

/** The seeker's record as a caseworker reads it. */
function seekerCard(seeker, context) {
  return h("article", { class: "card", id: "seeker-card", "data-seeker": seeker.id },
    h("header", {}, h("h3", {}, seeker.id), warningBadge(seeker.warning ?? "none")),
    h("dl", { class: "facts" },
      fact({ zh: "重点群体", en: "Key groups" }, groupTags(seeker.groups)),
      fact({ zh: "接受的工作", en: "Accepts" }, workTypeList(seeker.accepts ?? ["fulltime"])),
      fact({ zh: "通勤上限", en: "Commute limit" }, seeker.max_commute_km ? `${fixed(seeker.max_commute_km, 1)} km` : bi({ zh: "不限", en: "None" })),
      fact({ zh: "期望月薪", en: "Expected monthly" }, seeker.expected_monthly ? yuan(seeker.expected_monthly) : bi({ zh: "未填写", en: "Not given" })),
      seeker.expected_hourly ? fact({ zh: "期望时薪", en: "Expected hourly" }, yuan(seeker.expected_hourly)) : null,
      seeker.employer ? fact({ zh: "共享用工原单位", en: "Current employer" }, seeker.employer) : null,
      seeker.available_from || seeker.available_until
        ? fact({ zh: "可工作时间", en: "Available" }, `${seeker.available_from ?? "…"} – ${seeker.available_until ?? "…"}`)
        : null),
    h("h4", {}, bi({ zh: "技能与等级", en: "Skills and grades" })),
    skillsTable(context.skills, seeker.skills));
}

/** "Why not this post?": the explanation of any post for the seeker, with the rules an infeasible pair breaks. */
function anyPost(seeker, context) {
  const input = h("input", { id: "why-post", required: true, spellcheck: "false", autocomplete: "off", placeholder: "P00001" });
  const button = h("button", { type: "submit", class: "quiet" }, bi({ zh: "解释", en: "Explain" }));
  const form = h("form", { id: "why-form", class: "finder why" },
    h("label", { for: "why-post" }, bi({ zh: "为何不见某岗位？岗位编号", en: "Why not another post? Post id" })), input, button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    openExplanation({ seekerID: seeker.id, postID: input.value.trim(), skills: context.skills, opener: input });
  });
  return form;
}
