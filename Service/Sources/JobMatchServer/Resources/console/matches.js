// A seeker's best posts as a table and on the map, the same for a stored
// seeker and an ad-hoc one; each post opens its explanation.

import { call, segment } from "./api.js";
import { bi, h, yuan } from "./dom.js";
import { label, workTypes } from "./labels.js";
import { cityMap } from "./map.js";
import { openExplanation } from "./explain.js";
import { explainButton, matchesTable, matchRow } from "./ui.js";

/** The stored records of `ids` (`posts` or `seekers`), by id; one that vanished since is left out. */
export async function recordsOf(kind, ids) {
  const records = await Promise.all(ids.map((id) =>
    call(`/v1/${kind}/${segment(id)}`).catch((error) => {
      if (error.kind === "not-found") return null;
      throw error;
    })));
  return new Map(records.filter(Boolean).map((record) => [record.id, record]));
}

/**
 * The best posts of `seeker` (`answer` is the service's match answer):
 * a table with an explanation button per post, and the map with the
 * seeker in the middle. `stored` tells whether the seeker is stored or
 * only described (an ad-hoc search's profile, sent again to be explained).
 */
export async function postMatches({ seeker, answer, context, stored, tableID }) {
  const posts = await recordsOf("posts", answer.matches.map((match) => match.post));
  const title = (id) => posts.get(id)?.title ?? id;
  const buttons = new Map();
  const explain = (match) => openExplanation({
    seekerID: seeker.id, postID: match.post, title: title(match.post), skills: context.skills, opener: buttons.get(match.post),
    profile: stored ? undefined : seeker,
  });
  const rows = answer.matches.map((match) => {
    const post = posts.get(match.post);
    const button = explainButton(() => explain(match));
    buttons.set(match.post, button);
    return matchRow({ "data-post": match.post }, match, [
      h("span", { class: "title" }, title(match.post)),
      h("span", { class: "sub" }, match.post,
        post ? [" · ", bi(label(workTypes, post.type ?? "fulltime")), " · ", `${yuan(post.wage_min)}–${yuan(post.wage_max)}`,
          post.type === "gig" ? "/时 /h" : "/月 /mo"] : null),
    ], button);
  });
  const table = matchesTable({
    id: tableID, caption: { zh: "最佳岗位", en: "Best posts" }, who: { zh: "岗位", en: "Post" }, rows,
    empty: { zh: "目前没有可匹配的岗位。", en: "No post is feasible for this seeker now." },
  });
  const map = cityMap({
    label: `求职者 ${seeker.id} 与最佳岗位的地图 Map of seeker ${seeker.id} and their best posts`,
    focus: { lat: seeker.lat, lon: seeker.lon, kind: "seeker", name: `求职者 Seeker ${seeker.id}` },
    limit: seeker.max_commute_km,
    points: answer.matches.filter((match) => posts.has(match.post)).map((match) => ({
      lat: posts.get(match.post).lat, lon: posts.get(match.post).lon, rank: match.rank, name: title(match.post),
      onSelect: () => explain(match),
    })),
    districts: context.districts,
  });
  return { table, map: mapFigure(map, { zh: "★ 求职者；数字为岗位名次；圆圈为 1、3、5 公里；虚线为通勤上限", en: "★ the seeker; numbers are the posts' ranks; rings at 1, 3 and 5 km; dashed: the commute limit" }) };
}

/** A map with its caption. */
export function mapFigure(map, caption) {
  return h("figure", { class: "map-figure" }, map,
    h("figcaption", {}, bi(caption), " ",
      h("span", { class: "muted" }, bi({ zh: "区界按各区中心示意。", en: "District borders are sketched from each district's centre." }))));
}
