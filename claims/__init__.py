"""The claim domain: text → attributed claims, the claim model, and storage of claims and verdicts.

Importing this package is cheap on purpose: extraction never loads torch or an embedding
model; those come in only through the modules that need them (ingest, search).
"""
from claims.model import Claim, KINDS

__all__ = ["Claim", "KINDS"]
