"""The verdict scale: default file, label resolution, workspace override, bad scale files."""
from __future__ import annotations

import pytest

from claims.errors import UserError
from claims.scale import DEFAULT_SCALE_PATH, SCALE_FILE, load_scale, parse_scale


def test_default_scale_has_the_issue_labels_in_order():
    scale = load_scale()
    assert [(v.de, v.en) for v in scale.verdicts] == [
        ("Richtig", "True"), ("Größtenteils richtig", "Mostly true"), ("Unbelegt", "Unproven"),
        ("Fehlender Kontext", "Missing context"), ("Teilweise falsch", "Partly false"),
        ("Manipuliert", "Altered"), ("Größtenteils falsch", "Mostly false"), ("Falsch", "False"),
        ("Nicht prüfbar", "Not checkable"),
    ]
    assert scale.get("not_checkable").rating is None
    rated = [v.rating for v in scale.verdicts if v.rating is not None]
    assert len(rated) == 8 and all(scale.worst_rating <= r <= scale.best_rating for r in rated)
    assert scale.get("true").rating == scale.best_rating
    assert scale.get("false").rating == scale.worst_rating


@pytest.mark.parametrize("label", ["false", "FALSE", "Falsch", " falsch ", "False"])
def test_labels_resolve_by_key_german_or_english_any_case(label):
    assert load_scale().resolve(label).key == "false"


def test_multiword_labels_resolve_with_any_spacing():
    scale = load_scale()
    assert scale.resolve("mostly  TRUE").key == "mostly_true"
    assert scale.resolve("größtenteils falsch").key == "mostly_false"
    assert scale.resolve("Nicht prüfbar").key == "not_checkable"


def test_unknown_label_lists_the_valid_ones():
    with pytest.raises(UserError) as err:
        load_scale().resolve("Pants on fire")
    message = str(err.value)
    assert "Pants on fire" in message
    for name in ("false", "Falsch", "Mostly true", "Nicht prüfbar"):
        assert name in message


def test_nearest_maps_a_normalised_rating_onto_the_scale():
    scale = load_scale()
    assert scale.nearest(0.0).key == "false"  # not "altered": match_rating = false
    assert scale.nearest(0.5).key == "unproven"
    assert scale.nearest(1.0).key == "true"
    assert scale.nearest(0.74).rating == 4


def test_workspace_file_overrides_the_default(tmp_path):
    (tmp_path / SCALE_FILE).write_text(
        'best_rating = 3\nworst_rating = 0\n'
        '[[verdict]]\nkey = "ok"\nde = "Stimmt"\nen = "Correct"\nrating = 3\n'
        '[[verdict]]\nkey = "wrong"\nde = "Stimmt nicht"\nen = "Wrong"\nrating = 0\nrationale_required = true\n',
        encoding="utf-8",
    )
    scale = load_scale(tmp_path)
    assert scale.keys == ("ok", "wrong")
    assert scale.resolve("stimmt nicht").rationale_required
    with pytest.raises(UserError):
        scale.resolve("false")  # the default's labels are gone
    assert load_scale(tmp_path / "elsewhere").keys == load_scale().keys


@pytest.mark.parametrize("text, words", [
    ("this is = not toml [", "not valid TOML"),
    ("best_rating = 5\nworst_rating = 1\n", "at least one"),
    ('best_rating = 5\n[[verdict]]\nkey="a"\nde="A"\nen="A"', "best_rating and worst_rating"),
    ('best_rating = 5\nworst_rating = 1\n[[verdict]]\nkey="Bad Key"\nde="A"\nen="A"', "key must be"),
    ('best_rating = 5\nworst_rating = 1\n[[verdict]]\nkey="a"\nde=""\nen="A"', "'de' label"),
    ('best_rating = 5\nworst_rating = 1\n[[verdict]]\nkey="a"\nde="A"\nen="A"\nrating=9', "outside"),
    ('best_rating = 5\nworst_rating = 1\n[[verdict]]\nkey="a"\nde="X"\nen="A"\n'
     '[[verdict]]\nkey="b"\nde="x"\nen="B"', "already used"),
])
def test_bad_scale_files_are_refused_with_the_reason(text, words):
    with pytest.raises(UserError, match=words):
        parse_scale(text, "verdict_scale.toml")


def test_default_file_is_valid_toml_a_linguist_can_edit():
    text = DEFAULT_SCALE_PATH.read_text(encoding="utf-8")
    assert parse_scale(text).keys[0] == "true"
