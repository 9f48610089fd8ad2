"""German speeches: first-person and addressed reports of parliamentary speeches (hand-written texts).

A modal before a cue and a colon ("Man kann nur sagen: …") still introduces what is said, and the statement
after the colon may open with a demonstrative ("Das ist …"); an address before a reporting clause ("Frau
Ministerin, Sie behaupten, …") is no content the clause trails.
"""
from __future__ import annotations

from extraction_helpers import extraction_helpers

claims_of, only = extraction_helpers("de")


def test_modal_before_cue_and_colon_introduces_the_statement():
    c = only("Man kann auch sagen: Die Regierung verschiebt die Reform schon wieder.", "indirect")
    assert (c.source, c.content) == ("Man", "Die Regierung verschiebt die Reform schon wieder")


def test_demonstrative_after_colon_opens_the_statement():
    c = only("Ich kann nur sagen: Das ist ein schwerer Fehler der Landesregierung.", "indirect")
    assert (c.source, c.content) == ("Ich", "Das ist ein schwerer Fehler der Landesregierung")


def test_address_before_a_reporting_clause_is_no_content():
    c = only("Frau Ministerin, Sie behaupten, die Renten seien sicher.", "indirect")
    assert (c.source, c.content) == ("Sie", "die Renten seien sicher")
