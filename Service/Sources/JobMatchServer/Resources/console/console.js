// The caseworker's console: signs in with a token, loads the taxonomy and
// the districts once, and shows the view the address names:
// `#/seeker/<id>`, `#/post/<id>`, `#/search`. Ids may be in the address;
// the token never is.

import { call, forgetToken, keepToken, token } from "./api.js";
import { clearNotice, showError, showLoading } from "./ui.js";
import { showSeeker } from "./seeker.js";
import { showPost } from "./post.js";
import { showSearch } from "./search.js";

/** What every view reads: the taxonomy (`skills`: id → skill, `skillList` in order) and the districts. */
const context = { skills: new Map(), skillList: [], districts: [], loaded: false };

const views = ["login", "seeker", "post", "search"];
const $ = (id) => document.getElementById(id);

function showView(name) {
  for (const view of views) $(`${view}-view`).hidden = view !== name;
  $("tabs").hidden = name === "login";
  $("sign-out").hidden = name === "login";
  for (const tab of $("tabs").querySelectorAll("a")) {
    if (tab.dataset.view === name) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
  }
}

/** Loads what every view needs; a 401 sends the caseworker back to sign in. */
async function loadContext() {
  const [taxonomy, districts] = await Promise.all([call("/v1/skills"), call("/v1/districts")]);
  context.skillList = taxonomy.skills;
  context.skills = new Map(taxonomy.skills.map((skill) => [skill.id, skill]));
  context.districts = districts.districts;
  context.loaded = true;
}

/** Back to the sign-in form, saying why. */
function signIn(error) {
  forgetToken();
  context.loaded = false;
  if ($("explain-dialog").open) $("explain-dialog").close();
  clearNotice($("page-notice"));
  showView("login");
  if (error) showError($("login-notice"), error);
  else clearNotice($("login-notice"));
  $("token").focus();
}

/** Shows the view of the current address. */
async function route() {
  if (!token()) return signIn();
  const notice = $("page-notice");
  if (!context.loaded) {
    showLoading(notice);
    try {
      await loadContext();
      clearNotice(notice);
    } catch (error) {
      if (error.kind !== "unauthorized") showError(notice, error);
      return;
    }
  }
  const [, view = "seeker", ...rest] = location.hash.split("/");
  const id = rest.length ? decodeURIComponent(rest.join("/")) : "";
  const name = views.includes(view) && view !== "login" ? view : "seeker";
  showView(name);
  // Each view reports its own failures in words; a refused token comes back through the event below.
  await { seeker: showSeeker, post: showPost, search: showSearch }[name](id, context);
}

$("login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const notice = $("login-notice");
  keepToken($("token").value.trim());
  showLoading(notice);
  try {
    await loadContext();
  } catch (error) {
    if (error.kind !== "unauthorized") showError(notice, error);
    return;
  }
  $("token").value = "";
  clearNotice(notice);
  if (!location.hash || location.hash === "#/login") location.hash = "#/seeker";
  else route();
});

$("sign-out").addEventListener("click", () => {
  signIn();
  history.replaceState(null, "", location.pathname);
});

$("explain-close").addEventListener("click", () => $("explain-dialog").close());
window.addEventListener("hashchange", route);
window.addEventListener("jobmatch:unauthorized", (event) => signIn(event.detail));
route();
