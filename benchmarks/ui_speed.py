"""Speed of the review workbench on a generated workspace of many claims (default 100k).

    python benchmarks/ui_speed.py [--claims 100000] [--workspace DIR] [--samples 20] [--json]

Generates (or reuses) a workspace with the seed article imported plus N synthetic claims in
N/10 articles (German and English, 400 speakers, 60 outlets, 5% with verdicts); vectors are the
real model's vectors of 300 template sentences plus noise, so similar claims are plausible.
Then it measures, against a real ``streamlit run app.py`` server in Chromium (Playwright):

- cold start: server start to the Claims page showing its table (first usable page);
- filter: typing a search text on Claims until the table shows the new count;
- open claim: clicking a row of the Claims table until the claim's page shows its similar claims;
- similar claim: clicking the first similar claim's link until its page shows its similar claims;
- (for reference) loading a claim's URL as a new page;
- and the same three steps as library calls (``claims.browse`` / ``claims.search``), to
  separate query time from page time.

Targets (issue 4): cold start ≤ 10 s, page interactions ≤ 1 s p95. Timings are noisy on a
shared machine; the medians of a run are what to compare.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

_DE = [
    "die Inflation sei im {m} auf {n} Prozent gestiegen",
    "die Regierung werde {n} Milliarden Euro für {t} ausgeben",
    "in {p} seien {n} neue Stellen entstanden",
    "der Verkehr in {p} sei um {n} Prozent zurückgegangen",
    "man habe mit {p} über {t} gesprochen",
    "die Zahl der Asylanträge habe sich seit {m} auf {n} verdoppelt",
    "{t} koste jeden Haushalt {n} Euro im Jahr",
    "das Treffen in {p} sei ein Erfolg für {t} gewesen",
]
_EN = [
    "inflation rose to {n} percent in {m}",
    "the government will spend {n} billion dollars on {t}",
    "{n} new jobs were created in {p}",
    "traffic in {p} fell by {n} percent",
    "talks with {p} about {t} had been productive",
    "asylum applications have doubled to {n} since {m}",
    "{t} costs every household {n} dollars a year",
    "the meeting in {p} was a success for {t}",
]
_PLACES = ["Berlin", "Budapest", "Kyiv", "Moscow", "Washington", "Brussels", "Paris", "Warsaw", "Vienna", "London"]
_TOPICS = ["defence", "climate protection", "pensions", "the energy transition", "housing", "migration",
           "the railways", "schools", "health care", "farmers"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def generate_workspace(path: Path, n_claims: int, *, seed: int = 7, seeds: bool = True, progress=print):
    """A workspace at ``path`` with the seeds imported and ``n_claims`` synthetic claims (reused if present)."""
    import numpy as np

    from claims import index_sync, store
    from claims.ingest import ingest_paths
    from claims.workspace import Workspace
    from index.embeddings import encode, load_model

    ws = Workspace.open(path)
    with ws.connect() as con:
        have = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    if have >= n_claims:
        return ws
    if seeds:
        progress(f"importing seeds/ into {path} …")
        ingest_paths(ws, [ROOT / "seeds"])
    rng = random.Random(seed)
    speakers = [f"{rng.choice(['Anna', 'Jonas', 'Maria', 'Peter', 'Sarah', 'Tom', 'Olga', 'Mehmet'])} "
                f"{rng.choice(['Schmidt', 'Miller', 'Novak', 'Weber', 'Jones', 'Kaya', 'Berg', 'Lind'])}-{i}"
                for i in range(400)]
    outlets = [f"{rng.choice(['Tages', 'Daily', 'Abend', 'Morning', 'Rhein', 'Capital'])}"
               f"{rng.choice(['post', 'zeitung', 'news', 'blatt', 'herald', 'kurier'])} {i}" for i in range(60)]
    templates = []
    for lang, pool in (("de", _DE), ("en", _EN)):
        for _ in range(150):
            templates.append((lang, rng.choice(pool).format(n=rng.randint(2, 90), m=rng.choice(_MONTHS),
                                                              p=rng.choice(_PLACES), t=rng.choice(_TOPICS))))
    progress("encoding 300 template sentences with the workspace model …")
    model = load_model(ws.config["model"])
    base = encode(model, [t for _, t in templates])
    n_docs = max(1, n_claims // 10)
    start_day = date(2024, 1, 1)
    progress(f"generating {n_claims:,} claims in {n_docs:,} articles …")
    with ws.connect() as con:
        first_doc = con.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0] + 1
        first_claim = con.execute("SELECT coalesce(max(id), 0) FROM claims").fetchone()[0] + 1
        first_speaker = con.execute("SELECT coalesce(max(id), 0) FROM speakers").fetchone()[0] + 1
        docs, claims, vectors = [], [], []
        claim_id = first_claim
        for d in range(n_docs):
            lang = "de" if d % 3 else "en"
            parts, pos = [], 0
            for s in range(n_claims // n_docs + (1 if d < n_claims % n_docs else 0)):
                t = rng.randrange(150) + (0 if lang == "de" else 150)
                content = f"{templates[t][1]} ({claim_id})"
                sp = rng.randrange(len(speakers))
                name = speakers[sp]
                if lang == "de":
                    lead, cue = f"{name} sagte, ", "sagte"
                else:
                    lead, cue = f"{name} said ", "said"
                sentence = f"{lead}{content}. "
                cs = pos + len(lead)
                claims.append((claim_id, first_doc + d, content, cs, cs + len(content), "indirect",
                               first_speaker + sp, name, name, pos, pos + len(name), cue,
                               pos + len(name) + 1, pos + len(name) + 1 + len(cue), None, s, lang, claim_id))
                vectors.append(t)
                parts.append(sentence)
                pos += len(sentence)
                claim_id += 1
            text = "".join(parts).strip()
            docs.append((first_doc + d, f"Generated article {d}", f"https://example.org/a/{d}",
                         outlets[d % len(outlets)], lang, start_day + timedelta(days=d % 600), text,
                         f"generated-{seed}-{d}"))
        import pandas as pd

        doc_df = pd.DataFrame(docs, columns=["id", "title", "url", "outlet", "language", "published", "text",
                                             "content_hash"])
        claim_df = pd.DataFrame(claims, columns=[
            "id", "document_id", "content", "content_start", "content_end", "kind", "speaker_id", "source",
            "source_mention", "source_start", "source_end", "cue", "cue_start", "cue_end", "reported_by",
            "sentence", "language", "family_id"])
        speaker_df = pd.DataFrame({"id": range(first_speaker, first_speaker + len(speakers)), "name": speakers})
        con.execute("BEGIN TRANSACTION")
        con.execute("INSERT INTO documents (id, title, url, outlet, language, published, text, content_hash) "
                    "SELECT * FROM doc_df")
        con.execute("INSERT INTO speakers (id, name) SELECT * FROM speaker_df")
        con.execute("INSERT INTO claim_families (id) SELECT id FROM claim_df")
        con.execute("INSERT INTO claims (id, document_id, content, content_start, content_end, kind, speaker_id, "
                    "source, source_mention, source_start, source_end, cue, cue_start, cue_end, reported_by, "
                    "sentence, language, family_id) SELECT * FROM claim_df")
        last = claim_id - 1
        # Keep the sequences ahead of the generated ids, so later imports get fresh ones.
        for seq, top in (("document_ids", first_doc + n_docs), ("claim_ids", last + 1),
                         ("speaker_ids", first_speaker + len(speakers)), ("family_ids", last + 1)):
            con.execute(f"SELECT nextval('{seq}') FROM range(?)", [max(0, top - 1)]).fetchall()
        checked = rng.sample(range(first_claim, last + 1), k=max(1, n_claims // 20))
        labels = ["true", "mostly_true", "false", "partly_false", "missing_context", "unproven"]
        verdict_df = pd.DataFrame({"claim_id": checked, "label": [rng.choice(labels) for _ in checked],
                                   "rationale": ["generated verdict"] * len(checked),
                                   "reviewer": [rng.choice(["Anna", "Ben", "Clara"]) for _ in checked]})
        con.execute("INSERT INTO verdict_events (claim_id, label, rationale, reviewer) SELECT * FROM verdict_df")
        con.execute("UPDATE claims SET status = 'checked' WHERE id IN (SELECT claim_id FROM verdict_df)")
        noise = np.random.default_rng(seed).normal(0, 0.08, size=(len(vectors), base.shape[1])).astype("float32")
        vecs = base[np.asarray(vectors)] + noise
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        store.insert_embeddings(con, list(range(first_claim, last + 1)), vecs, ws.config["model"])
        con.execute("COMMIT")
        progress("building the vector index …")
        index_sync.rebuild(ws, con)
        index_sync.save(ws, con)
    return ws


def measure_library(ws, samples: int) -> dict:
    """p50/p95 in ms of the queries behind filter, open claim and similar claims."""
    from claims.browse import ClaimFilter, claim_detail, list_claims
    from claims.search import similar_claims

    rng = random.Random(1)
    with ws.connect() as con:
        top = con.execute("SELECT max(id) FROM claims").fetchone()[0]
    similar_claims(ws, 1, k=10)  # loads model and index once, as the app's warm-up does
    out = {}
    words = ["Budapest", "Inflation", "Prozent", "jobs", "Kyiv", "pensions", "Stellen", "farmers"]
    for name, call in (
        ("filter", lambda: list_claims(ws, ClaimFilter(text=rng.choice(words), language=rng.choice([None, "de"])),
                                       limit=50, offset=rng.choice([0, 50, 5000]))),
        ("open_claim", lambda: claim_detail(ws, rng.randint(1, top))),
        ("similar_claims", lambda: similar_claims(ws, rng.randint(1, top), k=10)),
    ):
        times = []
        for _ in range(samples):
            t = time.perf_counter()
            call()
            times.append((time.perf_counter() - t) * 1000)
        out[name] = _stats(times)
    return out


def _stats(ms: list[float]) -> dict:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return {"p50_ms": round(statistics.median(ms), 1), "p95_ms": round(p95, 1), "n": len(ms)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(workspace: Path, port: int, *, seeds: str | None = None, log=None) -> subprocess.Popen:
    """``streamlit run app.py`` on 127.0.0.1:port with the given workspace (its own process group)."""
    env = {**os.environ, "CLAIMS_WORKSPACE": str(workspace), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    if seeds is not None:
        env["CLAIMS_SEEDS"] = seeds
    return subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=log or subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)


def wait_healthy(port: int, timeout: float = 60.0) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"streamlit on port {port} not healthy after {timeout:.0f} s")


def stop_server(proc: subprocess.Popen) -> None:
    import signal

    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def measure_browser(ws_path: Path, samples: int) -> dict:
    """Cold start and p50/p95 of filter and open-claim in Chromium against a real server."""
    from playwright.sync_api import sync_playwright

    from claims.browse import ClaimFilter, list_claims
    from claims.workspace import Workspace

    ws = Workspace.open(ws_path)
    with ws.connect() as con:
        top = con.execute("SELECT max(id) FROM claims").fetchone()[0]
    port = free_port()
    out: dict = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        started = time.perf_counter()
        proc = start_server(ws_path, port, seeds="")
        try:
            wait_healthy(port)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/")
            page.get_by_text(" claims · select a row").wait_for(timeout=60_000)
            page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=60_000)
            out["cold_start_s"] = round(time.perf_counter() - started, 2)
            page.wait_for_timeout(15_000)  # let the background model and index load finish before timing clicks
            rng = random.Random(3)
            words = ["Budapest", "Inflation", "Prozent", "jobs", "Kyiv", "pensions", "Stellen", "farmers",
                     "Berlin", "housing"]
            box = page.get_by_label("Search text")
            times = []
            for i in range(samples):
                word = words[i % len(words)] + (" " if i >= len(words) else "")
                expected = list_claims(ws, ClaimFilter(text=word), limit=1).total
                t = time.perf_counter()
                box.fill(word)
                box.press("Enter")
                page.get_by_text(f"of {expected:,} claims").wait_for(timeout=30_000)
                times.append((time.perf_counter() - t) * 1000)
            out["filter"] = _stats(times)
            opened, similar = [], []
            first_page = [r.id for r in list_claims(ws, limit=50).rows]
            for i in range(samples + 1):
                page.goto(f"http://127.0.0.1:{port}/")  # back to the inbox (not timed)
                claim_id = first_page[i % 10]
                table = page.locator(".st-key-inbox_table")
                _wait_row(table, i % 10, claim_id)
                t = time.perf_counter()
                _click_row(page, table, i % 10)
                _wait_claim(page, claim_id)
                if i:  # the first opening may still wait for the model and index load
                    opened.append((time.perf_counter() - t) * 1000)
                link = _similar_links(page, claim_id).first
                other = _link_id(link)
                t = time.perf_counter()
                link.click()
                _wait_claim(page, other)
                if i:
                    similar.append((time.perf_counter() - t) * 1000)
            out["open_claim_from_inbox"] = _stats(opened)
            out["open_similar_claim"] = _stats(similar)
            times = []
            for i in range(samples):
                claim_id = rng.randint(1, top)
                t = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}/claim?id={claim_id}")
                _wait_claim(page, claim_id)
                times.append((time.perf_counter() - t) * 1000)
            out["claim_url_full_page_load"] = _stats(times)
        finally:
            stop_server(proc)
            browser.close()
    return out


def _wait_row(table, row: int, claim_id: int) -> None:
    """Wait until row ``row`` of an st.dataframe shows ``claim_id`` (the grid's accessible copy is in the DOM)."""
    table.locator('[role="row"]').nth(row + 1).filter(has_text=str(claim_id)).wait_for(state="attached",
                                                                                        timeout=60_000)


def _click_row(page, table, row: int) -> None:
    """Select a row of an st.dataframe (drawn on a canvas) by clicking its row-selection cell."""
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + 35 * (row + 1) + 17)


def _similar_links(page, claim_id: int):
    """The links of the similar claims on the Claim page of ``claim_id`` (one per similar claim)."""
    return page.locator(f".st-key-similar_{claim_id}").locator('[data-testid="stPageLink-NavLink"]')


def _link_id(link) -> int:
    """The claim id a similar-claim link opens (from its ``?id=`` address)."""
    from urllib.parse import parse_qs, urlsplit

    return int(parse_qs(urlsplit(link.get_attribute("href")).query)["id"][0])


def _wait_claim(page, claim_id: int) -> None:
    """Wait until the Claim page of ``claim_id`` shows its similar claims (the page is usable)."""
    page.get_by_role("heading", name=f"Claim {claim_id}", exact=True).wait_for(timeout=60_000)
    _similar_links(page, claim_id).first.wait_for(timeout=60_000)


def measure_first_start(samples: int = 1) -> dict:
    """An empty workspace: server start to the Claims page listing the seed's claims (includes the import)."""
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(samples):
            with tempfile.TemporaryDirectory() as tmp:
                port = free_port()
                started = time.perf_counter()
                proc = start_server(Path(tmp) / "ws", port)
                try:
                    wait_healthy(port)
                    page = browser.new_page()
                    page.goto(f"http://127.0.0.1:{port}/")
                    page.get_by_text(" claims · select a row").wait_for(timeout=120_000)
                    times.append(time.perf_counter() - started)
                    page.close()
                finally:
                    stop_server(proc)
        browser.close()
    return {"first_start_with_seed_import_s": round(statistics.median(times), 2)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--workspace", type=Path, default=None,
                        help="where to generate (or reuse) the workspace; default: a temp folder")
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    say = (lambda *a: print(*a, file=sys.stderr)) if args.json else print
    with tempfile.TemporaryDirectory() as tmp:
        path = args.workspace or Path(tmp) / "ws"
        t = time.perf_counter()
        ws = generate_workspace(path, args.claims, progress=say)
        result = {"claims": args.claims, "generate_s": round(time.perf_counter() - t, 1)}
        result["library"] = measure_library(ws, args.samples)
        if not args.skip_browser:
            result["browser"] = measure_browser(path, args.samples)
            result["browser"].update(measure_first_start())
    if args.json:
        print(json.dumps(result))
    else:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
