// The city around one seeker or post, drawn as SVG from coordinates alone:
// no tiles. Districts are the regions nearest each district's centre.

import { s } from "./dom.js";

const width = 640;
const height = 480;
const kmPerDegree = 111.32;
const palette = ["#EEF4F1", "#F4F0E6", "#EAEFF7", "#F6ECEC", "#EFEAF5", "#F0F3E4", "#E8F2F4"];

/**
 * The map: `focus` ({lat, lon, kind: "seeker" | "post", name}) in the middle
 * with rings at `rings` km (and a dashed one at `limit` km, the hard distance
 * limit, if given, which may reach past the edges), `points` ({lat, lon, rank, name, onSelect}) numbered by
 * rank, and `districts` ({name, name_zh, lat, lon}) as regions. Every
 * marker can be focused with the keyboard and opened with Enter.
 */
export function cityMap({ label, focus, rings = [1, 3, 5], limit, points, districts }) {
  const cosine = Math.cos((focus.lat * Math.PI) / 180);
  // Kilometres east and north of the focus.
  const local = (p) => ({ x: (p.lon - focus.lon) * cosine * kmPerDegree, y: (p.lat - focus.lat) * kmPerDegree });
  // The outer ring and every point fit; a larger distance limit shows as arcs at the edges.
  const reach = Math.max(rings.at(-1) ?? 1, ...points.map((p) => Math.hypot(local(p).x, local(p).y))) * 1.12;
  const scale = Math.min(width, height) / 2 / reach; // pixels per km
  const project = (p) => {
    const k = local(p);
    return { x: width / 2 + k.x * scale, y: height / 2 - k.y * scale };
  };

  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, role: "group", "aria-label": label, class: "map" });
  svg.append(s("rect", { x: 0, y: 0, width, height, class: "map-ground" }));
  svg.append(districtLayer(districts, project));
  for (const radius of rings) {
    svg.append(s("circle", { cx: width / 2, cy: height / 2, r: radius * scale, class: "ring" }));
    svg.append(s("text", { x: width / 2, y: height / 2 - radius * scale - 3, class: "ring-label" }, `${radius} km`));
  }
  if (limit) {
    svg.append(s("circle", { cx: width / 2, cy: height / 2, r: limit * scale, class: "limit" },
      s("title", {}, `距离上限 Distance limit ${limit} km`)));
  }
  const markers = s("g", { class: "markers" });
  for (const point of [...points].sort((a, b) => b.rank - a.rank)) markers.append(marker(point, project(point)));
  svg.append(markers);
  svg.append(focusMark(focus, { x: width / 2, y: height / 2 }));
  svg.append(scaleBar(scale));
  svg.append(s("g", { class: "north", "aria-hidden": "true" },
    s("path", { d: `M ${width - 28} 34 L ${width - 20} 14 L ${width - 12} 34 L ${width - 20} 28 Z` }),
    s("text", { x: width - 20, y: 48 }, "北 N")));
  return svg;
}

function marker(point, at) {
  const group = s("g", {
    class: "marker", tabindex: 0, role: "button", "data-rank": point.rank,
    "aria-label": `${point.rank}. ${point.name}`,
    transform: `translate(${at.x.toFixed(1)} ${at.y.toFixed(1)})`,
    onclick: point.onSelect,
    onkeydown: (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        point.onSelect();
      }
    },
  },
  s("title", {}, `${point.rank}. ${point.name}`),
  s("circle", { r: 10 }),
  s("text", { y: 4 }, String(point.rank)));
  return group;
}

function focusMark(focus, at) {
  const shape = focus.kind === "seeker"
    ? s("path", { d: "M 0 -13 L 3.8 -4.2 L 12.4 -4 L 5.6 2.4 L 7.6 11.6 L 0 6.4 L -7.6 11.6 L -5.6 2.4 L -12.4 -4 L -3.8 -4.2 Z" })
    : s("rect", { x: -9, y: -9, width: 18, height: 18, rx: 2 });
  return s("g", { class: `focus ${focus.kind}`, transform: `translate(${at.x} ${at.y})` }, s("title", {}, focus.name), shape);
}

/** A bar of a round number of kilometres, about a fifth of the width. */
function scaleBar(scale) {
  const target = width / 5 / scale;
  const km = [0.5, 1, 2, 5, 10, 20, 50].find((step) => step >= target) ?? 100;
  const length = km * scale;
  return s("g", { class: "scale", transform: `translate(16 ${height - 18})` },
    s("path", { d: `M 0 -6 V 0 H ${length.toFixed(1)} V -6` }),
    s("text", { x: length / 2, y: -9 }, `${km} km`));
}

/** Each district's region (the points nearest its centre), clipped to the map, tinted and named. */
function districtLayer(districts, project) {
  const layer = s("g", { class: "districts" });
  const centres = districts.map(project);
  const frame = [{ x: 0, y: 0 }, { x: width, y: 0 }, { x: width, y: height }, { x: 0, y: height }];
  centres.forEach((centre, index) => {
    let cell = frame;
    centres.forEach((other, otherIndex) => {
      if (otherIndex !== index) cell = clipNearer(cell, centre, other);
    });
    if (cell.length < 3) return;
    const path = "M " + cell.map((p) => `${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(" L ") + " Z";
    const district = districts[index];
    layer.append(s("path", { d: path, fill: palette[index % palette.length], class: "district" },
      s("title", {}, `${district.name_zh ?? ""} ${district.name}`.trim())));
    const at = inside(centre) ? centre : centroid(cell);
    layer.append(s("text", { x: at.x, y: at.y, class: "district-name" }, district.name_zh ?? district.name,
      s("tspan", { x: at.x, dy: 13, class: "en" }, district.name)));
  });
  return layer;
}

const inside = (p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;

/** The part of convex polygon `cell` nearer `centre` than `other` (one half-plane, Sutherland–Hodgman). */
function clipNearer(cell, centre, other) {
  const nx = other.x - centre.x;
  const ny = other.y - centre.y;
  const limit = (other.x * other.x + other.y * other.y - centre.x * centre.x - centre.y * centre.y) / 2;
  const side = (p) => limit - (p.x * nx + p.y * ny); // ≥ 0: on centre's side
  const kept = [];
  cell.forEach((current, i) => {
    const next = cell[(i + 1) % cell.length];
    const a = side(current);
    const b = side(next);
    if (a >= 0) kept.push(current);
    if ((a >= 0) !== (b >= 0)) {
      const t = a / (a - b);
      kept.push({ x: current.x + (next.x - current.x) * t, y: current.y + (next.y - current.y) * t });
    }
  });
  return kept;
}

function centroid(cell) {
  const sum = cell.reduce((total, p) => ({ x: total.x + p.x, y: total.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / cell.length, y: sum.y / cell.length };
}
