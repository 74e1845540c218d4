"""Open the built reports in headless Chromium: nothing runs, nothing breaks, every figure renders.

The reports (a fixture report with display payloads and the real notebooks on a hostile corpus, see
tests/reportkit.py) are served on 127.0.0.1 and opened with Playwright driving Debian's ``chromium``
(``apt-get install -y chromium``; set ``NEWSFRAME_CHROMIUM`` to use another binary). Skipped only when no
Chromium can be found.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urljoin

import pytest
from reportkit import sample_build

pytestmark = [pytest.mark.slow, pytest.mark.browser]

LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]


def find_chromium() -> str | None:
    candidates = [os.environ.get("NEWSFRAME_CHROMIUM", ""), "/usr/bin/chromium",
                  *(shutil.which(name) or "" for name in ("chromium", "chromium-browser", "google-chrome"))]
    return next((c for c in candidates if c and Path(c).is_file() and os.access(c, os.X_OK)), None)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def served():
    out, rc = sample_build()
    assert rc == 0, "the sample reports did not build"
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield out, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        pytest.skip("no Chromium found (install Debian's: apt-get install -y chromium, as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        yield instance
        instance.close()


def _open(browser, url: str):
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}")
            if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("request", lambda request: problems.append(f"request outside the server: {request.url}")
            if not request.url.startswith(("http://127.0.0.1", "data:")) else None)
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, url
    page.wait_for_timeout(300)  # let any (unwanted) onload/ontoggle handler fire
    return page, problems


def _pages(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob("*.html"))


def test_every_report_opens_without_errors_or_running_scripts(served, browser, tmp_path):
    out, base = served
    names = _pages(out)
    assert "index.html" in names and any(n.startswith("hostile-") for n in names)
    for name in names:
        page, problems = _open(browser, urljoin(base, name))
        assert problems == [], (name, problems)
        state = page.evaluate("() => ({pwned: typeof window.__pwned, title: document.title, "
                              "scripts: document.scripts.length})")
        assert state["pwned"] == "undefined", name
        assert "PWNED" not in state["title"], name
        assert state["scripts"] == 0, name
        shot = tmp_path / f"{Path(name).stem}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 1000
        page.close()


def test_every_figure_renders(served, browser):
    out, base = served
    checked = 0
    for name in _pages(out):
        page, _ = _open(browser, urljoin(base, name))
        figures = page.evaluate("""() => [...document.querySelectorAll('main img, main svg')].map(el => {
            const box = el.getBoundingClientRect();
            return {tag: el.tagName, width: box.width, height: box.height,
                    natural: el.tagName === 'IMG' ? el.naturalWidth : box.width, complete: el.complete ?? true};
        })""")
        for figure in figures:
            assert figure["width"] > 0 and figure["height"] > 0 and figure["natural"] > 0, (name, figure)
            assert figure["complete"], (name, figure)
        checked += len(figures)
        page.close()
    assert checked > 0, "no figure in any report"


def test_index_links_resolve(served, browser):
    out, base = served
    page, problems = _open(browser, urljoin(base, "index.html"))
    links = page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href)")
    assert links
    for link in links:
        response = page.request.get(link)
        assert response.status == 200, link
    page.close()
    assert problems == []
