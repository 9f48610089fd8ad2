"""Embeddings and vector search: texts → unit vectors (``index.embeddings``) and integer ids
→ nearest neighbours (``index.vector_index``). Knows vectors and ids only, nothing of claims.

Submodules are imported on demand so that importing ``index`` loads neither torch nor FAISS.
"""
