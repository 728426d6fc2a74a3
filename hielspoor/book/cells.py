"""Readers see prose, results and charts; the code of a cell is one tap away ("toon code").

Every code cell of a notebook is folded as if it had the tag ``hide-input`` (myst-nb's own
folding, with the Dutch prompts ``nb_code_prompt_show``/``nb_code_prompt_hide`` from
``_config.yml``), without tagging the notebooks. A cell tagged ``show-input`` stays open.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

SHOW_TAG = "show-input"


class FoldCodeCells(SphinxPostTransform):
    """Mark every code cell's input as hidden (before myst-nb's HideInputCells, 199)."""

    default_priority = 190
    formats = ("html",)

    def run(self, **kwargs) -> None:
        """Set ``hide_mode`` on every code cell with source that sets none itself."""
        config = self.config
        show = getattr(config, "nb_code_prompt_show", "Show code cell {type}")
        hide = getattr(config, "nb_code_prompt_hide", "Hide code cell {type}")
        for node in self.document.findall(nodes.container):
            if node.get("nb_element") != "cell_code" or not node.children:
                continue
            tags = (node.get("cell_metadata") or {}).get("tags", [])
            if SHOW_TAG in tags or node.children[0].get("nb_element") != "cell_code_source":
                continue
            mode = node.get("hide_mode")
            if mode in ("input", "input+output", "all"):
                continue
            node["hide_mode"] = "input+output" if mode == "output" else "input"
            node.setdefault("prompt_show", show)
            node.setdefault("prompt_hide", hide)
