"""``python -m claims extract`` in a real subprocess: output shape, several inputs, bad input, speed path."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claims.documents import read_documents
from claims.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "seeds" / "000_cb12662a956c0717.txt"
KEYS = {"content", "content_span", "kind", "lang", "sentence", "source", "source_mention",
        "source_span", "cue", "cue_span", "reported_by"}
ENGLISH = ("Secretary of State Marco Rubio will lead the delegation, the White House said on "
           "Thursday.\n\n\u201cWe want to end this war,\u201d Trump told reporters.\n")


def extract(*args, cwd=ROOT, timeout=120):
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", PYTHONIOENCODING="ascii")
    proc = subprocess.run([sys.executable, "-m", "claims", "extract", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, timeout=timeout)
    out = proc.stdout.decode("utf-8")
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    lines = [json.loads(line) for line in out.splitlines()]
    return proc.returncode, lines, err


def error_lines(err):
    return [line for line in err.splitlines() if line.startswith("error:")]


def assert_spans_index_text(claims, text):
    for c in claims:
        s, e = c["content_span"]
        assert 0 <= s < e <= len(text)
        assert c["content"] == text[s:e], (c["content"], text[s:e])
        for key in ("source_span", "cue_span"):
            if c[key] is not None:
                s, e = c[key]
                assert 0 <= s < e <= len(text)
        if c["cue_span"] is not None and c["cue"]:
            s, e = c["cue_span"]
            assert text[s:e] in c["cue"] or c["cue"] in text[s:e]


def test_seed_article_gives_claims_with_exact_spans():
    rc, claims, err = extract(SEED)
    assert rc == 0, err
    assert len(claims) >= 10
    text = SEED.read_bytes().decode("utf-8")
    for c in claims:
        assert set(c) == KEYS  # one file: no "doc"
        assert c["lang"] == "de"
    assert_spans_index_text(claims, text)
    assert any(c["source"] == "Donald Trump" for c in claims)


def test_lines_are_exactly_the_library_claims():
    from claims.extract import extract_claims

    rc, claims, err = extract(SEED, "--lang", "de")
    assert rc == 0, err
    text = SEED.read_bytes().decode("utf-8")
    assert claims == [c.to_dict() for c in extract_claims(text, "de")]


def test_output_is_utf8_jsonl_whatever_the_locale():
    env = dict(os.environ, LC_ALL="C", LANG="C", PYTHONIOENCODING="ascii")
    proc = subprocess.run([sys.executable, "-m", "claims", "extract", str(SEED)], cwd=ROOT,
                          env=env, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "„".encode("utf-8") in proc.stdout or "ä".encode("utf-8") in proc.stdout
    assert b"\\u" not in proc.stdout  # ensure_ascii=False


def test_language_auto_and_forced(tmp_path):
    english = tmp_path / "en.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    rc, claims, err = extract(english)
    assert rc == 0 and claims, err
    assert {c["lang"] for c in claims} == {"en"}
    assert_spans_index_text(claims, ENGLISH)
    rc, forced, _ = extract(SEED, "--lang", "en")
    assert rc == 0 and {c["lang"] for c in forced} <= {"en"}


def test_several_files_tag_each_claim_with_its_path(tmp_path):
    english = tmp_path / "en.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    rc, claims, err = extract(SEED, english)
    assert rc == 0, err
    docs = [c["doc"] for c in claims]
    assert set(docs) == {str(SEED), str(english)}
    assert docs == sorted(docs, key=[str(SEED), str(english)].index)  # file order kept
    seed_text = SEED.read_text(encoding="utf-8")
    assert_spans_index_text([c for c in claims if c["doc"] == str(SEED)], seed_text)


def test_empty_file_gives_no_claims_and_exit_0(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    rc, claims, err = extract(empty)
    assert (rc, claims) == (0, [])
    assert not error_lines(err)


def test_binary_file_exits_2_with_one_line_naming_file_and_offset(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    rc, claims, err = extract(binary)
    assert rc == 2 and claims == []
    assert len(err.strip().splitlines()) == 1
    assert str(binary) in err and "byte offset 8" in err


def test_latin1_needs_encoding_option():
    latin1 = FIXTURES / "docs_latin1.txt"
    raw = latin1.read_bytes()
    first_bad = next(i for i, b in enumerate(raw) if b >= 0x80)
    rc, claims, err = extract(latin1)
    assert rc == 2 and claims == []
    assert len(err.strip().splitlines()) == 1
    assert str(latin1) in err and f"byte offset {first_bad}" in err and "--encoding" in err

    rc, claims, err = extract(latin1, "--encoding", "latin-1")
    assert rc == 0, err
    assert claims
    assert_spans_index_text(claims, raw.decode("latin-1"))
    assert any("Bürgermeister" in (c["source_mention"] or "") or "Fehler" in c["content"]
               for c in claims)


def test_cp1252_quotes_with_encoding():
    path = FIXTURES / "docs_cp1252.txt"
    rc, claims, err = extract(path, "--encoding", "cp1252")
    assert rc == 0, err
    assert_spans_index_text(claims, path.read_bytes().decode("cp1252"))
    assert any(c["kind"] == "direct" for c in claims)


def test_unknown_encoding_is_one_line(tmp_path):
    rc, claims, err = extract(SEED, "--encoding", "klingon-8")
    assert rc == 2 and claims == [] and len(err.strip().splitlines()) == 1
    assert "klingon-8" in err


def test_missing_file_is_one_line_and_exit_2(tmp_path):
    rc, claims, err = extract(tmp_path / "nope.txt")
    assert rc == 2 and claims == []
    assert err.strip().splitlines() == [f"error: {tmp_path / 'nope.txt'}: no such file"]


def test_a_bad_file_among_good_ones_costs_only_itself(tmp_path):
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02")
    rc, claims, err = extract(SEED, tmp_path / "nope.txt", binary)
    assert rc == 2
    assert claims and {c["doc"] for c in claims} == {str(SEED)}
    assert len(error_lines(err)) == 2


def test_no_input_is_a_user_error():
    rc, claims, err = extract()
    assert rc == 2 and err.strip().startswith("error:") and len(err.strip().splitlines()) == 1


def test_html_with_scripts_marks_extracted_text():
    html = FIXTURES / "docs_article_with_script.html"
    rc, claims, err = extract(html)
    assert rc == 0, err
    assert claims
    assert all(c["text_origin"] == "html-extracted" for c in claims)
    assert sum("html-extracted" in line or "HTML" in line for line in err.splitlines()) == 1
    text = next(read_documents([html])).text
    assert_spans_index_text(claims, text)
    assert not any("SCRIPT" in c["content"] for c in claims)
    assert any("Krieg beenden" in c["content"] and c["kind"] == "direct" for c in claims)


def test_csv_with_a_malformed_row():
    rc, claims, err = extract(FIXTURES / "docs_articles.csv")
    assert rc == 2  # two rows could not be read, the rest was extracted
    assert {c["doc"] for c in claims} == {"a1", "a3"}
    lines = error_lines(err)
    assert len(lines) == 2 and "line 3" in lines[0] and "line 7" in lines[1]
    assert {c["lang"] for c in claims if c["doc"] == "a3"} == {"en"}


def test_jsonl_in_with_a_bad_line():
    rc, claims, err = extract("--jsonl-in", FIXTURES / "docs_passages.jsonl")
    assert rc == 2
    assert {c["doc"] for c in claims} == {"p1", "p2", "p4"}
    lines = error_lines(err)
    assert len(lines) == 1 and "line 3" in lines[0] and "not valid JSON" in lines[0]
    texts = {d.doc_id: d.text for d in read_documents([FIXTURES / "docs_passages.jsonl"])
             if hasattr(d, "text")}
    for doc, text in texts.items():
        assert_spans_index_text([c for c in claims if c["doc"] == doc], text)
    assert {c["lang"] for c in claims if c["doc"] == "p2"} == {"en"}
    assert {c["lang"] for c in claims if c["doc"] == "p4"} == {"de"}  # detected


def test_a_jsonl_file_argument_is_read_like_jsonl_in(tmp_path):
    passages = tmp_path / "passages.jsonl"
    passages.write_text("\n".join(json.dumps({"id": f"x{i}", "text": t}, ensure_ascii=False)
                                  for i, t in enumerate([ENGLISH, SEED.read_text("utf-8")])),
                        encoding="utf-8")
    as_file = extract(passages)
    as_option = extract("--jsonl-in", passages)
    assert as_file == as_option
    rc, claims, _ = as_file
    assert rc == 0 and {c["doc"] for c in claims} == {"x0", "x1"}
    assert {c["lang"] for c in claims if c["doc"] == "x0"} == {"en"}


def test_help_describes_the_command_and_each_option():
    proc = subprocess.run([sys.executable, "-m", "claims", "extract", "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    for option in ("--lang", "--encoding", "--jsonl-in", "FILE"):
        assert option in proc.stdout
    assert "JSON" in proc.stdout and "latin-1" in proc.stdout


def test_extract_path_never_imports_torch(tmp_path):
    english = tmp_path / "en.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "claims", "extract", str(SEED), str(english),
         "--jsonl-in", str(FIXTURES / "docs_passages.jsonl")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env=dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1"),
    )
    assert proc.stdout.strip()
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines()
                if line.startswith("import time:")}
    assert "claims.extract" in imported  # the check below looks at the right process
    heavy = {m for m in imported
             if m.split(".")[0] in ("torch", "sentence_transformers", "transformers", "faiss",
                                    "streamlit", "trafilatura")}
    assert not heavy, sorted(heavy)


def _long_text(copies: int) -> str:
    seed = SEED.read_text(encoding="utf-8").strip("\n")
    return "\n\n".join(seed for _ in range(copies)) + "\n"


@pytest.mark.slow
def test_a_file_of_several_blocks_keeps_file_wide_spans_and_sentence_numbers(tmp_path):
    text = _long_text(500)  # ~1.3 M characters: two blocks of the streaming reader
    path = tmp_path / "long.txt"
    path.write_bytes(text.encode("utf-8"))
    rc, claims, err = extract(path, "--lang", "de")
    assert rc == 0, err
    assert_spans_index_text(claims, text)
    assert max(c["content_span"][1] for c in claims) > 1_100_000
    starts = [s for s, _ in split_sentences(text, "de")]
    for c in claims[:: max(1, len(claims) // 300)]:
        sentence = max(i for i, s in enumerate(starts) if s <= c["content_span"][0])
        assert c["sentence"] == sentence


def _run_measured(args, out_path, err_path):
    """Run ``python -m claims extract ARGS``; exit code and the child's peak RSS in MB."""
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "claims", "extract", *map(str, args)],
                                cwd=ROOT, stdout=out, stderr=err,
                                env=dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1"))
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss / 1024


@pytest.mark.slow
def test_a_50_mb_file_streams_with_bounded_memory(tmp_path):
    # Each ~1 MB unit: 20 copies of the seed (real extraction work, non-ASCII quotes, so the
    # whole file as one str would take ~100 MB) and ~950 KB of blank lines (cheap to extract,
    # so the test stays well under a minute).
    seed = SEED.read_text(encoding="utf-8").strip("\n")
    unit = "\n\n".join([seed] * 20) + "\n\n" + (" " * 79 + "\n") * 12_000 + "\n"
    units = 50
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    data = unit.encode("utf-8")
    with open(big, "wb") as f:
        for _ in range(units):
            f.write(data)
    small.write_bytes(data)
    assert big.stat().st_size > 50_000_000

    start = time.monotonic()
    rc_small, peak_small = _run_measured([small, "--lang", "de"], tmp_path / "s.jsonl", tmp_path / "s.err")
    rc_big, peak_big = _run_measured([big, "--lang", "de"], tmp_path / "b.jsonl", tmp_path / "b.err")
    elapsed = time.monotonic() - start
    assert rc_small == 0 and rc_big == 0, (tmp_path / "b.err").read_text()

    small_claims = [json.loads(line) for line in (tmp_path / "s.jsonl").open(encoding="utf-8")]
    period = len(unit)
    count = 0
    with open(tmp_path / "b.jsonl", encoding="utf-8") as lines:
        for line in lines:
            c = json.loads(line)
            s, e = c["content_span"]
            assert s // period == (e - 1) // period  # no claim crosses into padding
            assert unit[s % period:(e - 1) % period + 1] == c["content"]
            count += 1
    assert count >= units * len(small_claims) * 0.9
    print(f"\npeak RSS: 1 MB file {peak_small:.0f} MB, {big.stat().st_size / 1e6:.0f} MB file "
          f"{peak_big:.0f} MB; both runs {elapsed:.1f} s")
    # Reading the whole file would add >= 150 MB (bytes + a 2-byte-per-char str).
    assert peak_big - peak_small < 40, (peak_small, peak_big)


# ---------------------------------------------------------------- document context for --jsonl-in

MERZ = [
    "Bundeskanzler Friedrich Merz hat am Montag in Berlin ein neues Rentenpaket vorgestellt.",
    "Er sagte, die Regierung werde die Beiträge stabil halten.",
    "Die Reform sei gerecht und finanzierbar.",
]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def attributed_by_doc(claims):
    out = {}
    for c in claims:
        if c["kind"] != "unattributed":
            out.setdefault(c["doc"], []).append(c)
    return out


def test_jsonl_in_reads_passages_of_one_document_together(tmp_path):
    rows = [{"id": f"de-news-1-s{i}", "text": t, "lang": "de"} for i, t in enumerate(MERZ)]
    rows.append({"id": "de-news-2-s0", "text": MERZ[1], "lang": "de"})  # another article
    passages = write_jsonl(tmp_path / "passages.jsonl", rows)
    rc, claims, err = extract("--jsonl-in", passages)
    assert rc == 0, err
    for row in rows:
        assert_spans_index_text([c for c in claims if c["doc"] == row["id"]], row["text"])
    by_doc = attributed_by_doc(claims)
    [said] = by_doc["de-news-1-s1"]
    assert said["source"] == "Friedrich Merz" and said["source_span"] == [0, 2]
    assert said["sentence"] == 0
    [cont] = by_doc["de-news-1-s2"]
    assert cont["kind"] == "continued" and cont["source"] == "Friedrich Merz"
    assert cont["source_span"] is None and cont["source_mention"] is None
    [other] = by_doc["de-news-2-s0"]
    assert other["source"] == "Er"  # a new document: nobody to refer back to


def test_no_context_extracts_every_line_alone(tmp_path):
    rows = [{"id": f"de-news-1-s{i}", "text": t, "lang": "de"} for i, t in enumerate(MERZ)]
    passages = write_jsonl(tmp_path / "passages.jsonl", rows)
    rc, claims, err = extract("--jsonl-in", passages, "--no-context")
    assert rc == 0, err
    by_doc = attributed_by_doc(claims)
    assert [c["source"] for c in by_doc["de-news-1-s1"]] == ["Er"]
    assert "de-news-1-s2" not in by_doc
    from claims.extract import extract_claims

    expected = [dict(c.to_dict(), doc=row["id"]) for row in rows
                for c in extract_claims(row["text"], "de")]
    assert claims == expected


def test_a_document_field_groups_lines_whatever_their_ids(tmp_path):
    rows = [{"id": f"line{i}", "document": "article-7", "text": t} for i, t in enumerate(MERZ)]
    rc, claims, err = extract("--jsonl-in", write_jsonl(tmp_path / "doc.jsonl", rows))
    assert rc == 0, err
    by_doc = attributed_by_doc(claims)
    assert [c["source"] for c in by_doc["line1"]] == ["Friedrich Merz"]
    assert [c["source"] for c in by_doc["line2"]] == ["Friedrich Merz"]
    assert {c["lang"] for c in claims} == {"de"}  # detected on the joined document

    # without the field these ids have no -s<n> suffix: every line is its own document
    bare = [{"id": r["id"], "text": r["text"]} for r in rows]
    rc, claims, err = extract("--jsonl-in", write_jsonl(tmp_path / "bare.jsonl", bare))
    assert rc == 0, err
    by_doc = attributed_by_doc(claims)
    assert [c["source"] for c in by_doc["line1"]] == ["Er"] and "line2" not in by_doc

    # a document field wins over ids that look alike
    split = [dict(r, id=f"de-news-1-s{i}", document=f"d{i}") for i, r in enumerate(bare)]
    rc, claims, err = extract("--jsonl-in", write_jsonl(tmp_path / "split.jsonl", split))
    assert rc == 0, err
    assert [c["source"] for c in attributed_by_doc(claims)["de-news-1-s1"]] == ["Er"]


def test_only_consecutive_lines_form_a_document(tmp_path):
    rows = [{"id": "de-news-1-s0", "text": MERZ[0], "lang": "de"},
            {"id": "de-news-9-s0", "text": "Die Bahn meldete am Dienstag Verspätungen.", "lang": "de"},
            {"id": "de-news-1-s1", "text": MERZ[1], "lang": "de"}]
    rc, claims, err = extract("--jsonl-in", write_jsonl(tmp_path / "p.jsonl", rows))
    assert rc == 0, err
    assert [c["source"] for c in attributed_by_doc(claims)["de-news-1-s1"]] == ["Er"]


def test_a_bad_line_inside_a_document_costs_only_itself(tmp_path):
    lines = [json.dumps({"id": "de-news-1-s0", "text": MERZ[0], "lang": "de"}, ensure_ascii=False),
             '{"id": "de-news-1-s1", "text": "kaputt"',
             json.dumps({"id": "de-news-1-s2", "text": MERZ[1], "lang": "de"}, ensure_ascii=False),
             json.dumps({"id": "de-news-1-s3", "text": MERZ[2], "lang": "de"}, ensure_ascii=False)]
    passages = tmp_path / "bad.jsonl"
    passages.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rc, claims, err = extract("--jsonl-in", passages)
    assert rc == 2
    [line] = error_lines(err)
    assert "line 2" in line and "not valid JSON" in line
    by_doc = attributed_by_doc(claims)
    assert [c["source"] for c in by_doc["de-news-1-s2"]] == ["Friedrich Merz"]
    assert [c["kind"] for c in by_doc["de-news-1-s3"]] == ["continued"]


def test_help_documents_context_and_no_context():
    proc = subprocess.run([sys.executable, "-m", "claims", "extract", "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert "--no-context" in proc.stdout
    assert '"document"' in proc.stdout and "-s<n>" in proc.stdout
