"""Reading documents: exact decoding, HTML main text, rows of JSONL/CSV, and every kind of bad input."""
from __future__ import annotations

import codecs
import shutil
from datetime import date
from pathlib import Path

import pytest

from claims.documents import (
    Document,
    DocumentError,
    Rejected,
    iter_text_blocks,
    read_documents,
    read_text_file,
)
from claims.errors import UserError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = Path(__file__).resolve().parent.parent.parent / "seeds" / "000_cb12662a956c0717.txt"


def one(path, **kwargs):
    items = list(read_documents([path], **kwargs))
    assert len(items) == 1, items
    return items[0]


# ------------------------------------------------------------------ plain text


def test_text_is_decoded_exactly_with_crlf_tabs_and_trailing_spaces(tmp_path):
    raw = "Überschrift  \r\n\r\n\tEr sagte: „Ja.“ \r\nZweite Zeile\rdritte\n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    doc = one(path)
    assert isinstance(doc, Document)
    assert doc.text == raw
    assert doc.doc_id == str(path) and doc.source_path == str(path)
    assert doc.text_origin == "plain"
    assert doc.title == "Überschrift"


def test_seed_article_reads_byte_for_byte():
    doc = one(SEED)
    assert doc.text == SEED.read_bytes().decode("utf-8")


def test_markdown_heading_becomes_title(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Trump trifft Putin\n\nTrump sagte etwas.\n", encoding="utf-8")
    doc = one(path)
    assert doc.title == "Trump trifft Putin"
    assert doc.text.startswith("# Trump")


def test_byte_order_marks_are_not_text(tmp_path):
    text = "Trump sagte: „Ja.“\n"
    utf8 = tmp_path / "bom8.txt"
    utf8.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    utf16 = tmp_path / "bom16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    assert one(utf8).text == text
    assert one(utf16).text == text


def test_empty_and_blank_files_are_skipped_not_failed(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n\t\n")
    for name in ("empty.txt", "blank.txt"):
        item = one(tmp_path / name)
        assert isinstance(item, Rejected)
        assert item.code == "empty" and not item.is_error
        assert "empty" in item.reason


def test_binary_file_names_the_nul_byte_offset(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"GIF89a" + b"\x01\x02" + b"\x00" * 10)
    item = one(path)
    assert isinstance(item, Rejected) and item.code == "binary" and item.is_error
    assert "byte offset 8" in item.reason
    assert str(path) in str(item)


def test_latin1_without_encoding_names_offset_and_suggests_option():
    item = one(FIXTURES / "docs_latin1.txt")
    raw = (FIXTURES / "docs_latin1.txt").read_bytes()
    first_bad = next(i for i, b in enumerate(raw) if b >= 0x80)
    assert isinstance(item, Rejected) and item.code == "undecodable"
    assert f"byte offset {first_bad}" in item.reason
    assert "--encoding latin-1" in item.reason


def test_latin1_and_cp1252_with_encoding():
    doc = one(FIXTURES / "docs_latin1.txt", encoding="latin-1")
    assert "Straßenbaumaßnahmen würden verlängert" in doc.text
    assert "»Das ist ein großer Fehler«" in doc.text
    doc = one(FIXTURES / "docs_cp1252.txt", encoding="cp1252")
    assert "„Das ist ein großer Fehler“, sagte der Bürgermeister." in doc.text


def test_unknown_encoding_is_a_user_error():
    with pytest.raises(UserError, match="unknown encoding"):
        list(read_documents([FIXTURES / "docs_latin1.txt"], encoding="klingon-8"))


def test_missing_file_is_rejected_and_the_rest_still_comes(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Trump sagte etwas.", encoding="utf-8")
    items = list(read_documents([tmp_path / "nope.txt", good]))
    assert isinstance(items[0], Rejected) and items[0].code == "missing"
    assert "no such file" in items[0].reason
    assert isinstance(items[1], Document) and items[1].text == "Trump sagte etwas."


def test_folder_is_read_recursively_skipping_hidden_and_unknown_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b.txt").write_text("B sagte etwas.", encoding="utf-8")
    (tmp_path / "sub" / "a.md").write_text("A sagte etwas.", encoding="utf-8")
    (tmp_path / ".git" / "c.txt").write_text("versteckt", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04\x00")
    docs = list(read_documents([tmp_path]))
    assert [d.text for d in docs] == ["B sagte etwas.", "A sagte etwas."]


# ------------------------------------------------------------------ HTML


def test_html_main_text_without_scripts_styles_or_boilerplate():
    doc = one(FIXTURES / "docs_article_with_script.html")
    assert doc.text_origin == "html-extracted"
    for marker in ("SCRIPT_TEXT", "STYLE_TEXT", "dataLayer", "console.log", "document.write",
                   "Impressum", "Startseite"):
        assert marker not in doc.text
    assert "„Wir wollen diesen Krieg beenden“, sagte Trump" in doc.text
    assert "Laut Politico soll das Treffen" in doc.text
    assert doc.title == "Trump kündigt Treffen mit Putin in Budapest an"
    assert doc.outlet == "Tagesblatt"
    assert doc.published == date(2025, 10, 16)
    assert doc.language is None  # <html lang> is not trusted; the text's language is detected


def test_html_fragment_without_article_still_gives_text(tmp_path):
    path = tmp_path / "short.htm"
    path.write_text("<p>Merz sagte, er sei zufrieden.</p><script>var x = 'SCRIPT';</script>",
                    encoding="utf-8")
    doc = one(path)
    assert "Merz sagte, er sei zufrieden." in doc.text
    assert "SCRIPT" not in doc.text


def test_html_in_declared_legacy_charset(tmp_path):
    path = tmp_path / "alt.html"
    html = ('<html><head><meta charset="iso-8859-1"></head><body><article><p>Der Bürgermeister '
            'sagte, die Straße bleibe gesperrt. Er nannte keine Gründe für die Maßnahme, die '
            'seit Wochen für Ärger sorgt.</p></article></body></html>')
    path.write_bytes(html.encode("latin-1"))
    doc = one(path)
    assert "Der Bürgermeister sagte, die Straße bleibe gesperrt." in doc.text


def test_html_without_text_is_empty(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>",
                    encoding="utf-8")
    item = one(path)
    assert isinstance(item, Rejected) and item.code == "empty"


# ------------------------------------------------------------------ rows


def test_csv_rows_with_a_malformed_row_and_a_bad_date():
    items = list(read_documents([FIXTURES / "docs_articles.csv"]))
    docs = [i for i in items if isinstance(i, Document)]
    bad = [i for i in items if isinstance(i, Rejected)]
    assert [d.doc_id for d in docs] == ["a1", "a3"]
    a1, a3 = docs
    assert a1.title == "Treffen in Budapest" and a1.outlet == "Tagesblatt"
    assert a1.published == date(2025, 10, 16) and a1.language == "de"
    assert a1.text == "US-Präsident Donald Trump sagte, das Gespräch sei „produktiv“ gewesen."
    assert a3.text.endswith("the White House said.\n\nA second paragraph inside one quoted field.")
    assert a3.language == "en" and a3.published == date(2025, 10, 16)
    assert [(b.row, b.code) for b in bad] == [(3, "malformed"), (7, "malformed")]
    assert "7 fields" in bad[0].reason and "6" in bad[0].reason
    assert "gestern" in bad[1].reason


def test_csv_semicolons_missing_id_and_an_unclosed_quote(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(codecs.BOM_UTF8 + 'Text;Title\r\n"Merz sagte: ""Nein.""";M\r\n"bad"x;B\r\n'
                     '"after";A\r\n"never closed;C\r\nrest\r\n'.encode("utf-8"))
    items = list(read_documents([path]))
    assert isinstance(items[0], Document)
    assert items[0].text == 'Merz sagte: "Nein."' and items[0].title == "M"
    assert items[0].doc_id == f"{path}#2"
    assert isinstance(items[1], Rejected) and items[1].row == 3
    assert isinstance(items[2], Document) and items[2].text == "after"
    assert isinstance(items[3], Rejected) and items[3].row == 5
    assert "never closed" in items[3].reason
    assert len(items) == 4


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("title,body\nA,B\n", encoding="utf-8")
    item = one(path)
    assert isinstance(item, Rejected) and item.row is None
    assert "no 'text' column" in item.reason and "title, body" in item.reason


def test_csv_undecodable_row_costs_only_that_row(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"text\nguter Text\nStra\xdfe\nnoch ein guter\n")
    items = list(read_documents([path]))
    assert [type(i).__name__ for i in items] == ["Document", "Rejected", "Document"]
    assert items[1].code == "undecodable" and items[1].row == 3
    offset = len(b"text\nguter Text\nStra")
    assert f"byte offset {offset}" in items[1].reason
    assert [d.text for d in read_documents([path], encoding="latin-1")][1] == "Straße"


def test_jsonl_bad_line_is_rejected_and_the_others_come():
    items = list(read_documents([FIXTURES / "docs_passages.jsonl"]))
    assert [getattr(i, "doc_id", None) for i in items] == ["p1", "p2", None, "p4"]
    assert items[0].language == "de" and items[1].language == "en"
    assert items[3].language is None
    assert isinstance(items[2], Rejected) and items[2].row == 3
    assert "not valid JSON" in items[2].reason


def test_jsonl_rows_of_every_odd_shape(tmp_path):
    path = tmp_path / "odd.jsonl"
    lines = [
        '{"text": "Ohne id.", "language": "German", "published": "2025-10-16T08:00:00Z"}',
        "",
        "[1, 2]",
        '{"id": 7, "title": "no text"}',
        '{"id": 8, "text": 42}',
        '{"id": 9, "text": "   "}',
        '{"id": 10, "text": "Bonjour.", "lang": "fr"}',
        '{"id": 11, "text": "Line\\r\\nbreaks kept.", "lang": "en-GB", "url": "https://x.test/a"}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_documents([path]))
    first = items[0]
    assert first.doc_id == f"{path}#1" and first.language == "de"
    assert first.published == date(2025, 10, 16)
    reasons = {i.row: (i.code, i.reason) for i in items if isinstance(i, Rejected)}
    assert reasons[3] == ("malformed", "not a JSON object")
    assert "no 'text'" in reasons[4][1]
    assert "not a string" in reasons[5][1]
    assert reasons[6][0] == "empty"
    assert "'fr'" in reasons[7][1]
    last = items[-1]
    assert last.doc_id == "11" and last.text == "Line\r\nbreaks kept." and last.language == "en"
    assert last.url == "https://x.test/a"


def test_jsonl_of_a_benchmark_reads_every_passage(tmp_path):
    shared = Path(__file__).resolve().parents[3] / "shared"
    dev = shared / "benchmarks" / "attribution" / "en" / "dev.jsonl"
    if not dev.exists():
        pytest.skip(f"shared benchmarks not found at {shared}")
    docs = list(read_documents([dev]))
    assert all(isinstance(d, Document) for d in docs)
    assert len(docs) == sum(1 for line in dev.open(encoding="utf-8") if line.strip())
    assert all(d.language == "en" and d.doc_id.startswith("en-") for d in docs)


def test_binary_file_named_csv(tmp_path):
    path = tmp_path / "table.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    item = one(path)
    assert isinstance(item, Rejected) and item.code == "binary"
    assert "byte offset 5" in item.reason


# ------------------------------------------------------------------ streaming


def _blocks(path, **kw):
    return list(iter_text_blocks(path, **kw))


def test_blocks_join_to_the_exact_text_and_end_at_blank_lines(tmp_path):
    paragraphs = [f"Absatz {i}: Der Sprecher sagte, es gehe „voran“.\r\n" * (i % 5 + 1)
                  for i in range(400)]
    text = "\r\n".join(paragraphs)
    path = tmp_path / "long.txt"
    path.write_bytes(text.encode("utf-8"))
    blocks = _blocks(path, block_chars=2000)
    assert len(blocks) > 10
    assert "".join(b for _, b in blocks) == text
    offset = 0
    for start, block in blocks:
        assert start == offset
        offset += len(block)
    for _, block in blocks[:-1]:
        assert block.endswith("\r\n\r\n") and len(block) <= 2000


def test_blocks_fall_back_to_lines_then_spaces_then_hard_cuts(tmp_path):
    lines = tmp_path / "lines.txt"
    lines.write_text("".join(f"Zeile {i} ohne Leerzeile.\n" for i in range(300)), encoding="utf-8")
    blocks = _blocks(lines, block_chars=500)
    assert all(b.endswith("\n") for _, b in blocks)
    assert "".join(b for _, b in blocks) == lines.read_text(encoding="utf-8")

    words = tmp_path / "words.txt"
    words.write_text("wort " * 1000, encoding="utf-8")
    assert all(b.endswith(" ") for _, b in _blocks(words, block_chars=300))

    solid = tmp_path / "solid.txt"
    solid.write_text("x" * 1050, encoding="utf-8")
    assert [len(b) for _, b in _blocks(solid, block_chars=500)] == [500, 500, 50]


def test_blocks_decode_characters_split_across_read_chunks(tmp_path):
    # 3-byte characters across the 1 MiB read boundary must come out whole
    text = "„Zitat“ " * 300_000
    path = tmp_path / "quotes.txt"
    path.write_bytes(text.encode("utf-8"))
    assert "".join(b for _, b in _blocks(path)) == text


def test_blocks_name_the_offset_of_a_bad_byte_deep_in_the_file(tmp_path):
    head = ("Ein ganz normaler Satz mit Umlauten: äöü.\n" * 60_000).encode("utf-8")
    path = tmp_path / "late.txt"
    path.write_bytes(head + b"Stra\xdfe\n")
    with pytest.raises(DocumentError) as err:
        _blocks(path)
    assert err.value.offset == len(head) + 4
    assert f"byte offset {len(head) + 4}" in str(err.value)
    assert str(path) in str(err.value)

    path.write_bytes(head + b"\x00\x01")
    with pytest.raises(DocumentError, match=f"NUL byte at byte offset {len(head)}"):
        _blocks(path)


def test_blocks_of_missing_and_empty_files(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        _blocks(tmp_path / "nope.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert _blocks(tmp_path / "empty.txt") == []


def test_read_text_file_with_encoding(tmp_path):
    assert "Straßenbaumaßnahmen" in read_text_file(FIXTURES / "docs_latin1.txt", "latin-1")
    with pytest.raises(DocumentError, match="--encoding latin-1"):
        read_text_file(FIXTURES / "docs_latin1.txt")


def test_fixture_folder_copy_reads_everything_once(tmp_path):
    for path in FIXTURES.glob("docs_*"):
        shutil.copy(path, tmp_path / path.name)
    items = list(read_documents([tmp_path]))
    docs = [i for i in items if isinstance(i, Document)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    # html 1 + csv 2 + jsonl 3; the csv has 2 bad rows, the jsonl 1, the two 8-bit files fail
    assert len(docs) == 6 and len(rejected) == 5
    assert len({d.doc_id for d in docs}) == 6
