// The `/v1` API with the caseworker's token. The token lives in this tab's
// session storage only: never in a URL, never in local storage.

const tokenKey = "jobmatch.token";

/** The token of this session, or null. */
export function token() {
  return sessionStorage.getItem(tokenKey);
}

/** Keeps `value` for this tab until it closes or the caseworker signs out. */
export function keepToken(value) {
  sessionStorage.setItem(tokenKey, value);
}

/** Forgets the token. */
export function forgetToken() {
  sessionStorage.removeItem(tokenKey);
}

/**
 * What went wrong with a call, in words: `kind` is `network`, `unauthorized`,
 * `forbidden`, `not-found`, `invalid` (a 4xx with the service's problems) or
 * `server`; `problems` lists the record's bad fields when the service named them.
 */
class ApiError extends Error {
  constructor(kind, message, detail = "", problems = []) {
    super(message.en);
    this.kind = kind;
    this.words = message;
    this.detail = detail;
    this.problems = problems;
  }
}

/** Calls `path` (`/v1/…`) with the token; resolves to the decoded JSON body, or throws an `ApiError`. */
export async function call(path, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json" };
  const bearer = token();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
  } catch {
    throw new ApiError("network", {
      zh: "无法连接匹配服务，请检查网络或稍后再试。",
      en: "The matching service cannot be reached: check the network or try again later.",
    });
  }
  if (response.ok) return response.status === 204 ? null : response.json();
  const problem = await response.json().catch(() => ({}));
  const error = errorFor(response.status, problem);
  // The console goes back to its sign-in form, whichever view asked.
  if (error.kind === "unauthorized") window.dispatchEvent(new CustomEvent("jobmatch:unauthorized", { detail: error }));
  throw error;
}

function errorFor(status, problem) {
  const detail = typeof problem.detail === "string" ? problem.detail : "";
  const problems = Array.isArray(problem.problems) ? problem.problems : [];
  switch (status) {
    case 401:
      return new ApiError("unauthorized", {
        zh: "令牌无效或已失效（401），请重新输入。",
        en: "The token was not accepted (401): enter it again.",
      });
    case 403:
      return new ApiError("forbidden", {
        zh: "此令牌无权进行该操作（403）。",
        en: "This token may not do that (403).",
      });
    case 404:
      return new ApiError("not-found", { zh: "未找到（404）。", en: "Not found (404)." }, detail, problems);
    default:
      if (status >= 400 && status < 500) {
        return new ApiError("invalid", { zh: `请求有误（${status}）。`, en: `The request was refused (${status}).` }, detail, problems);
      }
      return new ApiError("server", {
        zh: `匹配服务出错（${status}），请稍后再试。`,
        en: `The matching service failed (${status}): try again later.`,
      }, detail);
  }
}

/** A path segment for an id, percent-encoded (ids may hold any text but `/`). */
export function segment(id) {
  return encodeURIComponent(id);
}
