"""The workbench's browser pages (Streamlit); ``app.py`` is the router, each page is one module here."""
