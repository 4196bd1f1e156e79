"""The caseworker's console in a real browser: Debian's chromium driven by
Selenium against the running service on the bundled fixtures.

run.sh starts the service and sets JOBMATCH_URL and JOBMATCH_TOKEN (a
reader's token); JOBMATCH_SCREENSHOTS, when set, is the folder that gets a
picture of each view. Every list the page shows is compared with the API's
answer to the same question.
"""

import csv
import json
import os
import unittest
import urllib.error
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = os.environ["JOBMATCH_URL"]
TOKEN = os.environ["JOBMATCH_TOKEN"]
SCREENSHOTS = os.environ.get("JOBMATCH_SCREENSHOTS")
FIXTURES = Path(__file__).resolve().parents[2] / "Fixtures"
DESKTOP = {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False}
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}

driver = None


def setUpModule():
    global driver
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=1366,900"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # Debian's driver: Selenium must not look for one on the network.
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", DESKTOP)


def tearDownModule():
    driver.quit()


def api(path, body=None):
    """The service's own answer, with the same token."""
    request = urllib.request.Request(
        BASE + path,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        method="GET" if body is None else "POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def rows(table_id, key):
    """The rows of a list on the page: (id, rank, score)."""
    return [
        (row.get_attribute(f"data-{key}"), int(row.get_attribute("data-rank")), float(row.get_attribute("data-score")))
        for row in driver.find_elements(By.CSS_SELECTOR, f"#{table_id} tbody tr")
    ]


def expected(answer, key):
    return [(match[key], match["rank"], match["score"]) for match in answer["matches"]]


class ConsoleTests(unittest.TestCase):
    def setUp(self):
        # A test that failed with the explanation open must not block the next.
        if driver.current_url.startswith(BASE):
            driver.execute_script("const box = document.getElementById('explain-dialog'); if (box && box.open) box.close()")

    def wait(self, condition, timeout=20):
        return WebDriverWait(driver, timeout).until(condition)

    def visible(self, selector):
        return self.wait(EC.visibility_of_element_located((By.CSS_SELECTOR, selector)))

    def present(self, selector):
        return self.wait(EC.presence_of_element_located((By.CSS_SELECTOR, selector)))

    def sign_in(self):
        """Signs in through the form unless this tab already holds a token."""
        if driver.current_url.startswith(BASE) and driver.execute_script("return sessionStorage.length") > 0:
            return
        driver.get(BASE + "/")
        field = self.visible("#token")
        field.clear()
        field.send_keys(TOKEN, Keys.ENTER)
        self.visible("#tabs")

    def open_seeker(self, seeker_id):
        self.sign_in()
        self.visible('#tabs a[data-view="seeker"]').click()
        field = self.visible("#seeker-id")
        field.clear()
        field.send_keys(seeker_id, Keys.ENTER)

    def screenshot(self, name, phone=False):
        """A picture of the whole page for docs/, when asked for."""
        if not SCREENSHOTS:
            return
        metrics = PHONE if phone else DESKTOP
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**metrics, "height": max(metrics["height"], height)})
        driver.save_screenshot(str(Path(SCREENSHOTS) / f"console-{name}.png"))
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)

    # Signing in

    def test_01_a_wrong_token_is_refused_in_words(self):
        driver.get(BASE + "/")
        self.visible("#token").send_keys("not-a-token", Keys.ENTER)
        error = self.visible('#login-notice .error-title[data-kind="unauthorized"]')
        self.assertIn("401", error.text)
        self.assertIn("令牌", error.text)
        self.assertFalse(driver.find_element(By.ID, "tabs").is_displayed())
        self.assertIsNone(driver.execute_script("return sessionStorage.getItem('jobmatch.token')"))
        self.screenshot("sign-in-error")

    def test_02_the_token_stays_in_the_session_and_out_of_the_address(self):
        driver.get(BASE + "/")
        driver.execute_script("sessionStorage.clear()")
        self.sign_in()
        self.assertEqual(driver.execute_script("return sessionStorage.getItem('jobmatch.token')"), TOKEN)
        self.assertEqual(driver.execute_script("return localStorage.length"), 0)
        self.assertNotIn(TOKEN, driver.current_url)
        self.assertNotIn(TOKEN, driver.execute_script("return document.cookie"))

    def test_03_a_refused_token_mid_session_returns_to_sign_in(self):
        self.sign_in()
        driver.execute_script("sessionStorage.setItem('jobmatch.token', 'revoked')")
        driver.get(BASE + "/#/seeker/S000003")
        error = self.visible('#login-notice .error-title[data-kind="unauthorized"]')
        self.assertIn("401", error.text)
        self.assertTrue(driver.find_element(By.ID, "token").is_displayed())
        self.sign_in()

    # The seeker view

    def test_04_a_seekers_list_equals_the_apis(self):
        seeker = api("/v1/seekers/S000003")
        answer = api("/v1/seekers/S000003/matches?top=10")
        self.assertEqual(len(answer["matches"]), 10)
        self.open_seeker("S000003")
        self.present("#seeker-matches tbody tr")
        self.assertEqual(rows("seeker-matches", "post"), expected(answer, "post"))
        card = driver.find_element(By.ID, "seeker-card")
        self.assertEqual(card.find_element(By.CSS_SELECTOR, "[data-warning]").get_attribute("data-warning"), seeker["warning"])
        self.assertEqual([tag.get_attribute("data-group") for tag in card.find_elements(By.CSS_SELECTOR, "[data-group]")], seeker["groups"])
        self.assertEqual({row.get_attribute("data-skill") for row in card.find_elements(By.CSS_SELECTOR, "tr[data-skill]")}, set(seeker["skills"]))
        self.assertIn("中级工", card.text)  # grades named on the eight-grade ladder
        self.assertEqual(len(driver.find_elements(By.CSS_SELECTOR, "svg.map .marker")), len(answer["matches"]))
        self.assertGreater(len(driver.find_elements(By.CSS_SELECTOR, "svg.map .district")), 0)
        self.assertEqual(len(driver.find_elements(By.CSS_SELECTOR, "svg.map .ring")), 3)
        self.assertIn("#/seeker/S000003", driver.current_url)
        self.screenshot("seeker")

    def test_05_a_post_opens_its_explanation(self):
        self.open_seeker("S000003")
        first = self.present("#seeker-matches tbody tr")
        post_id = first.get_attribute("data-post")
        explanation = api(f"/v1/seekers/S000003/explain/{post_id}")
        button = first.find_element(By.CSS_SELECTOR, "button.explain")
        button.click()
        verdict = self.visible('#explain-body .verdict[data-feasible="true"]')
        self.assertIn(f"{explanation['score']:.4f}", verdict.text)
        shown = [row.get_attribute("data-skill") for row in driver.find_elements(By.CSS_SELECTOR, "#explain-body table.requirements tbody tr")]
        self.assertEqual(shown, [requirement["skill"] for requirement in explanation["requirements"]])
        body = driver.find_element(By.ID, "explain-body").text
        self.assertIn(f"{explanation['distance_km']:.2f} km", body)
        self.assertIn(f"{explanation['bonus']:.4f}", body)
        self.screenshot("explanation")
        driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        self.wait(lambda _: not driver.find_element(By.ID, "explain-dialog").is_displayed())
        self.assertEqual(driver.switch_to.active_element, button)

    def test_06_an_infeasible_pair_names_the_rules_it_breaks(self):
        explanation = api("/v1/seekers/S000003/explain/P00001")
        self.assertFalse(explanation["feasible"])
        self.open_seeker("S000003")
        field = self.visible("#why-post")
        field.send_keys("P00001", Keys.ENTER)
        self.visible('#explain-body .verdict[data-feasible="false"]')
        rules = [item.get_attribute("data-rule") for item in driver.find_elements(By.CSS_SELECTOR, "#explain-body .violations li")]
        self.assertEqual(rules, [violation["rule"] for violation in explanation["violations"]])
        self.assertIn("缺少必备技能", driver.find_element(By.ID, "explain-body").text)
        driver.find_element(By.ID, "explain-close").click()

    def test_07_the_keyboard_reaches_every_explanation(self):
        self.open_seeker("S000003")
        self.present("#seeker-matches tbody tr")
        driver.find_element(By.ID, "seeker-id").click()
        for _ in range(60):
            driver.switch_to.active_element.send_keys(Keys.TAB)
            if "explain" in (driver.switch_to.active_element.get_attribute("class") or ""):
                break
        else:
            self.fail("Tab never reached an explanation button")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        self.visible("#explain-body .verdict")
        driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        self.wait(lambda _: not driver.find_element(By.ID, "explain-dialog").is_displayed())
        # The map's markers are in the tab order too, and open with Enter.
        marker = driver.find_element(By.CSS_SELECTOR, 'svg.map .marker[data-rank="1"]')
        driver.execute_script("arguments[0].focus()", marker)
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        self.visible("#explain-body .verdict")
        driver.find_element(By.ID, "explain-close").click()

    def test_08_an_unknown_seeker_is_said_to_be_unknown(self):
        self.open_seeker("S999999")
        error = self.visible('#seeker-notice .error-title[data-kind="not-found"]')
        self.assertIn("S999999", error.text)
        self.assertIn("404", error.text)
        self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "#seeker-result *"), [])

    def test_09_a_network_failure_is_said_in_words(self):
        self.open_seeker("S000003")
        self.present("#seeker-matches tbody tr")
        driver.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
        try:
            field = self.visible("#seeker-id")
            field.clear()
            field.send_keys("S000004", Keys.ENTER)
            error = self.visible('#seeker-notice .error-title[data-kind="network"]')
            self.assertIn("无法连接", error.text)
        finally:
            driver.delete_network_conditions()

    # The post view

    def test_10_a_posts_list_and_its_fair_ranking_equal_the_apis(self):
        post_id, group, fair = self.post_moved_by_fairness()
        self.sign_in()
        self.visible('#tabs a[data-view="post"]').click()
        field = self.visible("#post-id")
        field.clear()
        field.send_keys(post_id, Keys.ENTER)
        self.present("#post-matches tbody tr")
        self.assertEqual(rows("post-matches", "seeker"), expected(api(f"/v1/posts/{post_id}/matches?top=10"), "seeker"))
        driver.find_element(By.ID, "fair-on").click()
        Select(driver.find_element(By.ID, "fair-group")).select_by_value(group)
        p = driver.find_element(By.ID, "fair-p")
        p.clear()
        p.send_keys("0.5")
        driver.find_element(By.CSS_SELECTOR, "#fair-form button[type=submit]").click()
        self.visible("#post-ndcg")
        self.assertEqual(rows("post-matches", "seeker"), expected(fair, "seeker"))
        moved = [row.get_attribute("data-seeker") for row in driver.find_elements(By.CSS_SELECTOR, "#post-matches tr.moved-up")]
        self.assertEqual(moved, [match["seeker"] for match in fair["matches"] if match["moved_up"]])
        self.assertIn(f"{fair['ndcg']:.3f}", driver.find_element(By.ID, "post-ndcg").text)
        self.screenshot("post")
        driver.find_element(By.CSS_SELECTOR, "#post-matches button.explain").click()
        self.visible('#explain-body .verdict[data-feasible="true"]')
        driver.find_element(By.ID, "explain-close").click()
        driver.find_element(By.ID, "fair-on").click()
        driver.find_element(By.CSS_SELECTOR, "#fair-form button[type=submit]").click()
        self.present("#post-matches tbody tr")

    def post_moved_by_fairness(self):
        """A post whose best ten change under a protected group's minimum share of 0.5."""
        for number in range(1, 200):
            post_id = f"P{number:05d}"
            for group in ("migrant", "long_unemployed", "disabled", "graduate"):
                answer = api(f"/v1/posts/{post_id}/matches?top=10&fair_group={group}&fair_p=0.5&fair_alpha=0.1")
                if len(answer["matches"]) == 10 and any(match["moved_up"] for match in answer["matches"]):
                    return post_id, group, answer
        self.fail("no fixture post changes under fair ranking")

    # Ad-hoc search

    def test_11_an_ad_hoc_search_and_its_explanations_equal_the_apis_and_store_nothing(self):
        with open(FIXTURES / "districts.csv", encoding="utf-8") as districts:
            district = next(row for row in csv.DictReader(districts) if row["id"] == "huangshigang")
        self.sign_in()
        self.visible('#tabs a[data-view="search"]').click()
        Select(self.visible("#search-district")).select_by_value("huangshigang")
        self.assertEqual(float(driver.find_element(By.ID, "search-lat").get_attribute("value")), float(district["lat"]))
        first = driver.find_element(By.CSS_SELECTOR, "#search-skills li:last-child")
        Select(first.find_element(By.CSS_SELECTOR, "select.skill")).select_by_value("nursery_care")
        Select(first.find_element(By.CSS_SELECTOR, "select.level")).select_by_value("3")
        option = first.find_element(By.CSS_SELECTOR, 'select.skill option[value="nursery_care"]')
        self.assertIn("保育", option.text)  # the taxonomy's Chinese name
        driver.find_element(By.ID, "search-add-skill").click()
        second = driver.find_element(By.CSS_SELECTOR, "#search-skills li:last-child")
        Select(second.find_element(By.CSS_SELECTOR, "select.skill")).select_by_value("elderly_care")
        Select(second.find_element(By.CSS_SELECTOR, "select.level")).select_by_value("2")
        driver.find_element(By.CSS_SELECTOR, '#search-accepts input[value="parttime"]').click()
        driver.find_element(By.ID, "search-monthly").send_keys("4000")
        driver.find_element(By.ID, "search-submit").click()
        self.present("#search-matches tbody tr")
        profile = {
            "id": "ad-hoc", "lat": float(district["lat"]), "lon": float(district["lon"]),
            "skills": {"nursery_care": 3, "elderly_care": 2}, "expected_monthly": 4000,
            "accepts": ["fulltime", "parttime"], "groups": [], "warning": "none",
        }
        self.assertEqual(rows("search-matches", "post"), expected(api("/v1/match?top=10", profile), "post"))
        self.screenshot("search")
        # Each post explains the profile with it, still without storing it.
        first_post = driver.find_element(By.CSS_SELECTOR, "#search-matches tbody tr")
        explanation = api(f"/v1/match/explain/{first_post.get_attribute('data-post')}", profile)
        first_post.find_element(By.CSS_SELECTOR, "button.explain").click()
        verdict = self.visible('#explain-body .verdict[data-feasible="true"]')
        self.assertIn(f"{explanation['score']:.4f}", verdict.text)
        shown = [row.get_attribute("data-skill") for row in driver.find_elements(By.CSS_SELECTOR, "#explain-body table.requirements tbody tr")]
        self.assertEqual(shown, [requirement["skill"] for requirement in explanation["requirements"]])
        driver.find_element(By.ID, "explain-close").click()
        with self.assertRaises(urllib.error.HTTPError) as missing:
            api("/v1/seekers/ad-hoc")
        self.assertEqual(missing.exception.code, 404)

    # The page itself

    def test_12_a_phone_width_has_no_sideways_scroll(self):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
        try:
            self.open_seeker("S000003")
            self.present("#seeker-matches tbody tr")
            overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            self.assertLessEqual(overflow, 0)
            self.assertTrue(driver.find_element(By.CSS_SELECTOR, "#seeker-matches button.explain").is_displayed())
            self.screenshot("phone", phone=True)
        finally:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", DESKTOP)

    def test_13_everything_comes_from_the_service_and_nothing_breaks(self):
        self.open_seeker("S000003")
        self.present("#seeker-matches tbody tr")
        resources = driver.execute_script("return performance.getEntriesByType('resource').map(entry => entry.name)")
        self.assertTrue(resources)
        self.assertEqual([name for name in resources if not name.startswith(BASE + "/")], [])
        problems = [
            entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and "Failed to load resource" not in entry["message"]
            or "Content Security Policy" in entry["message"]
        ]
        self.assertEqual(problems, [])


if __name__ == "__main__":
    unittest.main()
