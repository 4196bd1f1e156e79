// The post view: a stored post's record and its best seekers now, with the
// fair-ranking option (a protected group's minimum share at every prefix,
// `fair_group`, `fair_p`, `fair_alpha`), each seeker opening the pair's explanation.

import { call, segment } from "./api.js";
import { bi, fixed, h, replace, yuan } from "./dom.js";
import { groups, label, warnings, workTypes } from "./labels.js";
import { cityMap } from "./map.js";
import { openExplanation } from "./explain.js";
import { mapFigure, recordsOf } from "./matches.js";
import {
  beginRecordView, clearNotice, explainButton, fact, groupTags, matchesTable, matchRow, openOnSubmit, requirementsTable, showError,
  topChoice, warningBadge,
} from "./ui.js";

/** The list's options, kept while the caseworker moves between posts. */
const options = { top: 10, fair: false, group: "disabled", p: 0.1, alpha: 0.1 };
/** The latest request: an answer to an older one, arriving late, is dropped. */
let latest = 0;

openOnSubmit("post");

/** Shows post `id` (nothing but the form when empty). */
export async function showPost(id, context) {
  const ticket = ++latest;
  const areas = beginRecordView("post", id);
  if (!areas) return;
  const { notice, result } = areas;
  try {
    const query = new URLSearchParams({ top: options.top });
    if (options.fair) {
      query.set("fair_group", options.group);
      query.set("fair_p", options.p);
      query.set("fair_alpha", options.alpha);
    }
    const [post, answer] = await Promise.all([
      call(`/v1/posts/${segment(id)}`),
      call(`/v1/posts/${segment(id)}/matches?${query}`),
    ]);
    const seekers = await recordsOf("seekers", answer.matches.map((match) => match.seeker));
    if (ticket !== latest) return;
    const explainers = new Map(answer.matches.map((match) => [match.seeker, explainer(match.seeker, post, context)]));
    clearNotice(notice);
    replace(result,
      h("div", { class: "side" }, postCard(post, context), postMap(post, answer, seekers, context, explainers)),
      h("section", { class: "list", "aria-labelledby": "post-list-heading" },
        h("div", { class: "list-head" }, h("h3", { id: "post-list-heading" }, bi({ zh: "最合适的求职者", en: "Best seekers" })),
          listOptions(id, context)),
        answer.ndcg !== undefined
          ? h("p", { class: "fairness-note", id: "post-ndcg" }, bi({ zh: "公平排序后与原排序的相似度 NDCG", en: "NDCG against the unconstrained order" }), " ", h("strong", {}, fixed(answer.ndcg, 3)))
          : null,
        seekerTable(answer, seekers, explainers)));
  } catch (error) {
    if (ticket !== latest) return;
    showError(notice, error, { zh: `没有编号为 “${id}” 的岗位（404）。`, en: `There is no post with id “${id}” (404).` });
  }
}

function postCard(post, context) {
  const unit = post.type === "gig" ? "/时 /h" : "/月 /mo";
  return h("article", { class: "card", id: "post-card", "data-post": post.id },
    h("header", {}, h("h3", {}, post.title ?? post.id), h("span", { class: "badge" }, bi(label(workTypes, post.type ?? "fulltime")))),
    h("dl", { class: "facts" },
      fact({ zh: "编号", en: "Id" }, post.id),
      fact({ zh: "用人单位", en: "Employer" }, post.employer),
      fact({ zh: "薪酬", en: "Wage" }, `${yuan(post.wage_min)}–${yuan(post.wage_max)} ${unit}`),
      fact({ zh: "招聘人数", en: "Openings" }, String(post.openings ?? 1)),
      fact({ zh: "距离上限", en: "Radius" }, post.radius_km ? `${fixed(post.radius_km, 1)} km` : bi({ zh: "不限", en: "None" })),
      post.district ? fact({ zh: "所在区", en: "District" }, districtName(post.district, context)) : null,
      post.industry ? fact({ zh: "行业", en: "Industry" }, post.industry) : null,
      post.start || post.end ? fact({ zh: "时间", en: "Window" }, `${post.start ?? "…"} – ${post.end ?? "…"}`) : null),
    h("h4", {}, bi({ zh: "技能要求", en: "Requirements" })),
    requirementsTable(context.skills, post.requirements));
}

function districtName(code, context) {
  const district = context.districts.find((d) => d.id === code);
  return district ? bi({ zh: district.name_zh ?? district.name, en: district.name }) : code;
}

/** Top, and the fair-ranking option: a group, its minimum share p and significance α. */
function listOptions(id, context) {
  const refresh = () => showPost(id, context);
  const choice = topChoice("post-top", options.top);
  choice.querySelector("select").addEventListener("change", (event) => {
    options.top = Number(event.target.value);
    refresh();
  });
  const groupCodes = [...groups.keys(), ...[...warnings.keys()].filter((code) => code !== "none")];
  const form = h("form", { id: "fair-form", class: "fair" },
    h("label", { class: "inline" }, h("input", { type: "checkbox", id: "fair-on", checked: options.fair }),
      " ", bi({ zh: "公平排序", en: "Fair ranking" })),
    h("label", { class: "inline" }, bi({ zh: "保护群体", en: "Protected group" }), " ",
      h("select", { id: "fair-group" }, groupCodes.map((code) => {
        const name = label(groups.has(code) ? groups : warnings, code);
        return h("option", { value: code, selected: code === options.group }, `${name.zh} ${name.en}`);
      }))),
    h("label", { class: "inline" }, bi({ zh: "最低比例 p", en: "Minimum share p" }), " ",
      h("input", { id: "fair-p", type: "number", min: 0, max: 0.99, step: 0.05, value: options.p, required: true })),
    h("label", { class: "inline" }, bi({ zh: "显著性 α", en: "Significance α" }), " ",
      h("input", { id: "fair-alpha", type: "number", min: 0.01, max: 0.99, step: 0.01, value: options.alpha, required: true })),
    h("button", { type: "submit" }, bi({ zh: "应用", en: "Apply" })));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    options.fair = form.querySelector("#fair-on").checked;
    options.group = form.querySelector("#fair-group").value;
    options.p = Number(form.querySelector("#fair-p").value);
    options.alpha = Number(form.querySelector("#fair-alpha").value);
    refresh();
  });
  return h("div", { class: "options" }, choice, form);
}

/** The explanation of `seekerID` with `post`, and the row's button that opens it (focus goes back there). */
function explainer(seekerID, post, context) {
  const open = () => openExplanation({ seekerID, postID: post.id, title: post.title, skills: context.skills, opener: button });
  const button = explainButton(open);
  return { open, button };
}

function seekerTable(answer, seekers, explainers) {
  const rows = answer.matches.map((match) => {
    const seeker = seekers.get(match.seeker);
    return matchRow({ "data-seeker": match.seeker, class: match.moved_up ? "moved-up" : null }, match, [
      h("span", { class: "title" }, h("a", { href: `#/seeker/${encodeURIComponent(match.seeker)}` }, match.seeker), " ",
        seeker ? warningBadge(seeker.warning ?? "none") : null,
        match.moved_up ? h("span", { class: "flag moved" }, bi({ zh: "↑ 公平上移", en: "moved up" })) : null),
      seeker ? h("span", { class: "sub" }, groupTags(seeker.groups)) : null,
    ], explainers.get(match.seeker).button);
  });
  return matchesTable({
    id: "post-matches", caption: { zh: "最合适的求职者", en: "Best seekers" }, who: { zh: "求职者", en: "Seeker" }, rows,
    empty: { zh: "目前没有可匹配的求职者。", en: "No seeker is feasible for this post now." },
  });
}

function postMap(post, answer, seekers, context, explainers) {
  const map = cityMap({
    label: `岗位 ${post.id} 与最合适求职者的地图 Map of post ${post.id} and its best seekers`,
    focus: { lat: post.lat, lon: post.lon, kind: "post", name: post.title ?? post.id },
    limit: post.radius_km,
    points: answer.matches.filter((match) => seekers.has(match.seeker)).map((match) => ({
      lat: seekers.get(match.seeker).lat, lon: seekers.get(match.seeker).lon, rank: match.rank, name: `求职者 Seeker ${match.seeker}`,
      onSelect: explainers.get(match.seeker).open,
    })),
    districts: context.districts,
  });
  return mapFigure(map, { zh: "■ 岗位；数字为求职者名次；圆圈为 1、3、5 公里；虚线为岗位距离上限", en: "■ the post; numbers are the seekers' ranks; rings at 1, 3 and 5 km; dashed: the post's radius" });
}
