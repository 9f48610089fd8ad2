"""End-to-end: a real ``streamlit run app.py`` server on a free port, driven by Debian's Chromium via Playwright.

One server for the module, on a fresh temp workspace, so its first start imports ``seeds/``.
Screenshots of the main pages go to ``test-artifacts/screenshots/``.
"""
from __future__ import annotations

import asyncio
import csv
import io
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
ARTICLE = (
    "BRÜSSEL, 20. Oktober 2025 – Die EU-Kommissarin Maria Muster sagte, die Kommission werde 12 Milliarden "
    "Euro für neue Stromnetze bereitstellen.\n"
    "„Wir bauen das Netz schneller aus als je zuvor“, erklärte Muster vor Journalisten.\n"
    "Laut Reuters wollen mehrere Mitgliedstaaten das Geld noch in diesem Jahr abrufen.\n"
)
LOAD = 90_000  # ms: the first page load may wait for the model (≥ 15 s on a busy machine)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """(base url, workspace path) of a fresh server; its log goes to test-artifacts/e2e-server.log."""
    folder = tmp_path_factory.mktemp("e2e")
    port = _free_port()
    env = {**os.environ, "CLAIMS_WORKSPACE": str(folder / "ws"), "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1", "CLAIMS_UI_TIMING": "1"}
    env.pop("CLAIMS_SEEDS", None)
    SHOTS.parent.mkdir(parents=True, exist_ok=True)
    log = open(SHOTS.parent / "e2e-server.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start; see {SHOTS.parent / 'e2e-server.log'}") from None
                time.sleep(0.2)
        yield url, folder / "ws"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


@pytest.fixture(scope="module")
def seeded(server, browser):
    """The server after its first start has imported the seeds (a first page view triggers it)."""
    page = browser.new_page()
    page.goto(server[0])
    page.get_by_text(" claims · select a row").wait_for(timeout=LOAD)
    page.close()
    return server


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(300)  # let charts and tables paint
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def wait_idle(page) -> None:
    """Wait until the script run triggered by the last action has finished."""
    page.wait_for_timeout(150)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=LOAD)


def workspace(path):
    from claims.workspace import Workspace

    return Workspace.open(path)


def set_reviewer(page, name: str) -> None:
    box = page.get_by_label("Reviewer", exact=True)
    box.fill(name)
    box.press("Enter")
    wait_idle(page)


def record_verdict(page, label: str, rationale: str) -> None:
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Verdict").first.click()
    page.get_by_role("option", name=label).click()
    page.get_by_label("Rationale").fill(rationale)
    page.get_by_role("button", name="Save verdict").click()
    page.get_by_text(f"Saved: {label}").wait_for()
    wait_idle(page)


def click_row(page, table, row: int, expect_text: str) -> None:
    """Select a row of an st.dataframe by clicking its row-selection cell.

    The grid is drawn on a canvas; its accessible copy (role=row) tells when the row is there.
    """
    table.locator('[role="row"]').nth(row + 1).filter(has_text=expect_text).wait_for(state="attached")
    table.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    box = table.bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + 35 * (row + 1) + 17)


def _capture(failure: list, call) -> None:
    try:
        call()
    except BaseException as err:  # noqa: BLE001 - re-raised in the test's thread
        failure.append(err)


def test_first_start_shows_the_seed_claims(server, page):
    page.set_default_timeout(30_000)
    url, path = server
    page.goto(url)
    page.get_by_text(" claims · select a row").wait_for(timeout=LOAD)
    with workspace(path).connect() as con:
        stored = con.execute("SELECT count(*) FROM claims").fetchall()[0][0]
    assert stored > 10
    page.get_by_text(f"1–{min(stored, 50)} of {stored:,} claims").wait_for()
    shot(page, "claims")


def test_paste_article_open_claim_record_verdict_and_export_it(seeded, page):
    page.set_default_timeout(30_000)
    url, path = seeded
    page.goto(url + "/import")
    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_label("Outlet").first.fill("Testpost")
    page.get_by_label("Title").first.fill("Geld für Stromnetze")
    page.get_by_role("button", name="Import text").click()
    page.get_by_text("Articles imported").wait_for(timeout=LOAD)
    wait_idle(page)
    shot(page, "import")

    page.get_by_role("link", name="Claims").first.click()
    from claims.browse import ClaimFilter, list_claims

    expected = list_claims(workspace(path), ClaimFilter(text="Stromnetze"))
    assert expected.total >= 2, "the pasted article's claims are stored"
    search = page.get_by_label("Search text")
    search.fill("Stromnetze")
    search.press("Enter")
    page.get_by_text(f"1–{expected.total} of {expected.total} claims").wait_for()
    wait_idle(page)
    click_row(page, page.locator(".st-key-inbox_table"), 0, str(expected.rows[0].id))
    page.get_by_role("heading", name="Similar claims").wait_for(timeout=LOAD)
    claim_id = expected.rows[0].id
    page.get_by_role("heading", name=f"Claim {claim_id}").wait_for()
    page.locator(f".st-key-similar_{claim_id}").wait_for(timeout=LOAD)
    assert page.locator("mark.claim-content").first.inner_text() == expected.rows[0].content

    set_reviewer(page, "Erika E2E")
    record_verdict(page, "Unbelegt / Unproven", "No budget line found yet.")
    page.get_by_text("Verdict Unbelegt / Unproven by Erika E2E").wait_for()
    wait_idle(page)
    shot(page, "claim")

    page.get_by_role("link", name="Export").click()
    button = page.get_by_role("button", name="Download CSV")
    button.wait_for()
    wait_idle(page)
    shot(page, "export")
    with page.expect_download() as download:
        button.click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    mine = [r for r in rows if r["claim_id"] == str(claim_id)]
    assert mine and mine[0]["label"] == "unproven" and mine[0]["reviewer"] == "Erika E2E"
    assert mine[0]["outlet"] == "Testpost"


def test_clicking_a_similar_claim_opens_it(seeded, page):
    from urllib.parse import parse_qs, urlsplit

    from claims.search import similar_claims

    page.set_default_timeout(30_000)
    url, path = seeded
    with workspace(path).connect() as con:
        claim_id = con.execute("SELECT min(id) FROM claims WHERE content LIKE '%Budapest%'").fetchall()[0][0]
    expected = [h.claim_id for h in similar_claims(workspace(path), claim_id, k=10)]
    page.goto(f"{url}/claim?id={claim_id}")
    links = page.locator(f".st-key-similar_{claim_id}").locator('[data-testid="stPageLink-NavLink"]')
    links.first.wait_for(timeout=LOAD)
    shown = [int(parse_qs(urlsplit(h).query)["id"][0]) for h in
             links.evaluate_all("links => links.map(a => a.getAttribute('href'))")]
    assert shown == expected and claim_id not in shown
    assert page.locator(f".st-key-similar_{claim_id} [data-testid='stCaptionContainer']").first.inner_text().startswith(
        f"claim {expected[0]} · ")
    wait_idle(page)
    links.nth(min(4, len(shown) - 1)).scroll_into_view_if_needed()
    shot(page, "claim_similar")
    links.nth(1).click()
    page.get_by_role("heading", name=f"Claim {expected[1]}", exact=True).wait_for(timeout=LOAD)
    page.wait_for_url(f"**/claim?id={expected[1]}", timeout=5_000)  # a reload shows the same claim
    page.locator(f".st-key-similar_{expected[1]}").locator('[data-testid="stPageLink-NavLink"]').first.wait_for()


def test_search_and_overview_pages(seeded, page):
    page.set_default_timeout(30_000)
    url, _ = seeded
    page.goto(url + "/search")
    box = page.get_by_label("Who said this? (a claim in German or English)")
    box.fill("Trump will meet Putin in Budapest")
    box.press("Enter")
    page.locator(".st-key-search_results").wait_for(timeout=LOAD)
    wait_idle(page)
    shot(page, "search")
    page.goto(url + "/overview")
    page.get_by_role("heading", name="Claims over time").wait_for(timeout=LOAD)
    wait_idle(page)
    shot(page, "overview")


def test_two_browser_contexts_record_verdicts_at_the_same_time(seeded, browser):
    url, path = seeded
    with workspace(path).connect() as con:
        ids = [r[0] for r in con.execute(
            "SELECT id FROM claims WHERE id NOT IN (SELECT claim_id FROM verdict_events) ORDER BY id LIMIT 2").fetchall()]
    pages = []
    for n, claim_id in enumerate(ids):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        p = context.new_page()
        p.set_default_timeout(30_000)
        p.goto(f"{url}/claim?id={claim_id}")
        p.get_by_role("heading", name=f"Claim {claim_id}").wait_for(timeout=LOAD)
        wait_idle(p)
        set_reviewer(p, f"Reviewer {n}")
        p.locator('[data-testid="stSelectbox"]').filter(has_text="Verdict").first.click()
        p.get_by_role("option", name="Falsch / False").click()
        p.get_by_label("Rationale").fill(f"half-filled by reviewer {n}")
        pages.append(p)
    # Neither sees the other's half-filled form: a third session on the first claim starts empty.
    third = browser.new_context().new_page()
    third.goto(f"{url}/claim?id={ids[0]}")
    third.get_by_label("Rationale").wait_for(timeout=LOAD)
    assert third.get_by_label("Rationale").input_value() == ""
    third.context.close()
    for p in pages:  # submit both without waiting in between
        p.get_by_role("button", name="Save verdict").click()
    for p in pages:
        p.get_by_text("Saved: Falsch / False").wait_for()
    from claims.verdicts import current_verdict

    ws = workspace(path)
    for n, claim_id in enumerate(ids):
        stored = current_verdict(ws, claim_id)
        assert stored.label == "false" and stored.reviewer == f"Reviewer {n}"
        assert stored.rationale == f"half-filled by reviewer {n}"
    for p in pages:
        p.context.close()


def test_four_sessions_record_25_verdicts_each_and_all_100_are_stored(seeded):
    """Issue 5: 4 browser sessions × 25 verdicts, at the same time → 100 verdict events stored."""
    from playwright.async_api import async_playwright, expect

    url, path = seeded
    with workspace(path).connect() as con:
        ids = [r[0] for r in con.execute(
            "SELECT id FROM claims WHERE id NOT IN (SELECT claim_id FROM verdict_events) ORDER BY id LIMIT 4").fetchall()]
        before = con.execute("SELECT count(*) FROM verdict_events").fetchall()[0][0]
    assert len(ids) == 4
    labels = ["Richtig / True", "Falsch / False", "Größtenteils richtig / Mostly true", "Manipuliert / Altered"]

    async def session(browser, n: int, claim_id: int) -> None:
        context = await browser.new_context(viewport={"width": 1400, "height": 1000})
        p = await context.new_page()
        p.set_default_timeout(60_000)
        await p.goto(f"{url}/claim?id={claim_id}")
        await p.get_by_label("Rationale").wait_for(timeout=LOAD)
        box = p.get_by_label("Reviewer", exact=True)
        await box.fill(f"Session {n}")
        await box.press("Enter")
        await idle(p)  # the name's rerun redraws the form: only then fill it
        for i in range(25):
            label = labels[(n + i) % len(labels)]
            await p.locator('[data-testid="stSelectbox"]').filter(has_text="Verdict").first.click()
            await p.get_by_role("option", name=label).click()
            await p.get_by_label("Rationale").fill(f"session {n} verdict {i}")
            await p.get_by_role("button", name="Save verdict").click()
            # A saved verdict brings a fresh form (its widgets get new keys): the save is done.
            await p.locator(f".st-key-verdict_label_{claim_id}_{i + 1}").wait_for(timeout=60_000)
            await p.locator(f".st-key-verdict_label_{claim_id}_{i}").wait_for(state="detached", timeout=60_000)
            await idle(p)
        await context.close()

    async def idle(p) -> None:
        await p.wait_for_timeout(150)
        await p.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=LOAD)

    async def main() -> None:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                await asyncio.gather(*(session(browser, n, cid) for n, cid in enumerate(ids)))
            finally:
                await browser.close()

    # The sync Playwright of the other tests keeps an event loop in this thread: run in another one.
    failure = []
    runner = threading.Thread(target=lambda: _capture(failure, lambda: asyncio.run(main())))
    runner.start()
    runner.join()
    if failure:
        raise failure[0]
    with workspace(path).connect() as con:
        total = con.execute("SELECT count(*) FROM verdict_events").fetchall()[0][0]
        per = dict(con.execute("SELECT reviewer, count(*) FROM verdict_events WHERE reviewer LIKE 'Session %' "
                               "GROUP BY reviewer").fetchall())
        rationales = {r[0] for r in con.execute(
            "SELECT rationale FROM verdict_events WHERE reviewer LIKE 'Session %'").fetchall()}
    assert total - before == 100
    assert per == {f"Session {n}": 25 for n in range(4)}
    assert rationales == {f"session {n} verdict {i}" for n in range(4) for i in range(25)}
