"""JupyterLab support: the book's citations in the course notebooks (server half).

The JupyterLab extension ``hielspoor-bronnen`` (source in ``labextension/``, built into
``hielspoor/lab/labextension/``) asks ``GET <base>hielspoor/bronnen?pad=<notebook>`` and
shows each ``{cite:p}``/``{cite:t}`` as the book does (:mod:`hielspoor.citations`), with the
chapter's sources under the notebook. ``scripts/lab_settings.py`` (``make lab``,
``binder/postBuild``) installs both halves into the environment.
"""

from __future__ import annotations

import json

from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import ensure_async, url_path_join
from tornado import web

from hielspoor.paths import labextension_dir

#: Where the built JupyterLab extension lives (``make labextension``).
LABEXTENSION_DIR = labextension_dir()
LABEXTENSION_NAME = "hielspoor-bronnen"


def sources_for(markdown_cells: list[str], extra_ids: list[str]) -> dict:
    """Answer for one notebook: each citation as HTML (``None`` if unknown) and its sources.

    ``extra_ids`` are citations (``p:key``) the page shows but the saved notebook lacks.
    """
    # Imported here: sphinxcontrib-bibtex (through sphinx) takes a second to import, which
    # every student's server would otherwise pay at its start.
    from hielspoor.citations import bibliography, citation_html, citations_in, parse_citation_id

    citations = [c for text in markdown_cells for c in citations_in(text)]
    citations += [parse_citation_id(value) for value in extra_ids]
    keys = {key for citation in citations for key in citation.keys}
    return {
        "citations": {citation.id: citation_html(citation) for citation in citations},
        "sources": bibliography(keys),
    }


class SourcesHandler(APIHandler):
    """``GET ?pad=<notebook path>&verwijzing=p:key``: the notebook's citations and sources."""

    @web.authenticated
    async def get(self) -> None:
        """Answer with :func:`sources_for` for the notebook at ``pad`` (JSON)."""
        path = self.get_query_argument("pad", "")
        cells: list[str] = []
        if path:
            try:
                model = await ensure_async(self.contents_manager.get(path, content=True))
            except web.HTTPError as error:
                raise web.HTTPError(
                    error.status_code, f"Notebook {path!r} niet gevonden"
                ) from error
            if model["type"] != "notebook":
                raise web.HTTPError(400, f"{path!r} is geen notebook")
            cells = [
                cell["source"]
                for cell in model["content"]["cells"]
                if cell["cell_type"] == "markdown"
            ]
        try:
            answer = sources_for(cells, self.get_query_arguments("verwijzing"))
        except ValueError as error:
            raise web.HTTPError(400, str(error)) from error
        self.finish(json.dumps(answer))


def _jupyter_server_extension_points() -> list[dict]:
    return [{"module": "hielspoor.lab"}]


def _jupyter_labextension_paths() -> list[dict]:
    return [{"src": "labextension", "dest": LABEXTENSION_NAME}]


def _load_jupyter_server_extension(server_app) -> None:
    """Add ``/hielspoor/bronnen`` to the server."""
    web_app = server_app.web_app
    route = url_path_join(web_app.settings["base_url"], "hielspoor", "bronnen")
    web_app.add_handlers(".*$", [(route, SourcesHandler)])
