"""``python -m claims train-speech-model``: train the learned speech tagger from gold attributions."""
from __future__ import annotations

import argparse
from pathlib import Path

HELP = "Train the speech tagger (a CRF) from attribution gold in the benchmark JSONL format."
DESCRIPTION = """\
Train the learned tagger that extract uses for speeches (--genre speech, or a document that
speaks in the first person) from JSONL lines {"text": ..., "attributions": [{"content_span",
"source_span", "cue_span", ...}]}. The shipped German model was trained on GePaDe-SpkAtt
(de-parl/train.jsonl of the shared attribution benchmark, CC0):

    python -m claims train-speech-model ../shared/benchmarks/attribution/de-parl/train.jsonl

Only train a model you ship on data whose licence allows it."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("train-speech-model", help=HELP, description=DESCRIPTION,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", metavar="FILE", help="JSONL gold files to train on")
    parser.add_argument("--lang", choices=("de", "en"), default="de", help="language of the data (default: de)")
    parser.add_argument("-o", "--output", metavar="PATH", default=None,
                        help="where to write the model (default: the shipped model of --lang, "
                        "claims/data/<lang>/speech_crf.crfsuite)")
    parser.set_defaults(func=run)


def run(args) -> int:
    from claims.errors import UserError
    from claims.speech_tagger import model_path, train_speech_model

    paths = [Path(f) for f in args.files]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise UserError(f"no such file: {missing[0]}")
    out = Path(args.output) if args.output else model_path(args.lang)
    try:
        count = train_speech_model(paths, out, args.lang)
    except ValueError as err:
        raise UserError(f"cannot train: {err}") from None
    print(f"trained on {count} passages; model written to {out}")
    return 0
