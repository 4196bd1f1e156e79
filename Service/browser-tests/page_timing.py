"""How long the caseworker waits in the console, measured in headless
chromium against the running service (JOBMATCH_URL, JOBMATCH_TOKEN, as
run.sh sets them): a fresh page load to the first seeker's list, and
opening another seeker in the open page. A benchmark figure, never a test.
"""

import os
import statistics

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BASE = os.environ["JOBMATCH_URL"]
TOKEN = os.environ["JOBMATCH_TOKEN"]
LOADS = 7
SEEKERS = ["S%06d" % number for number in range(10, 210, 10)]

# Resolves once the seeker's card is shown and nothing is loading any more.
OPEN_SEEKER = """
const [id, done] = arguments;
const start = performance.now();
location.hash = "#/seeker/" + id;
const poll = () => {
  const card = document.querySelector("#seeker-card");
  if (card && card.dataset.seeker === id && !document.querySelector("#seeker-notice.loading")) done(performance.now() - start);
  else requestAnimationFrame(poll);
};
poll();
"""

options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
try:
    driver.get(BASE + "/")
    driver.execute_script("sessionStorage.setItem('jobmatch.token', arguments[0])", TOKEN)
    loads = []
    for _ in range(LOADS):
        driver.get("about:blank")
        driver.get(BASE + "/#/seeker/S000003")
        WebDriverWait(driver, 20, poll_frequency=0.005).until(
            lambda _: driver.find_elements(By.CSS_SELECTOR, "#seeker-matches tbody tr"))
        # The list is drawn as the last answer arrives.
        loads.append(driver.execute_script(
            "return Math.max(...performance.getEntriesByType('resource').map(entry => entry.responseEnd))"))
    opens = [driver.execute_async_script(OPEN_SEEKER, seeker) for seeker in SEEKERS]
    print(f"fresh page load to the first seeker's list: median {statistics.median(loads):.0f} ms over {LOADS} loads")
    print(f"another seeker in the open page: median {statistics.median(opens):.0f} ms, "
          f"max {max(opens):.0f} ms over {len(opens)} seekers")
finally:
    driver.quit()
