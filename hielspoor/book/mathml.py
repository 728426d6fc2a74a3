"""Formulas as MathML, written at build time: no MathJax (1 MB of script) on any page.

``_config.yml`` sets ``html_math_renderer: mathml``; Chromium, Firefox and Safari draw
MathML Core. ``latex2mathml`` converts the LaTeX of ``$...$`` and ``$$...$$``.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

RENDERER = "mathml"


def to_mathml(latex: str, *, display: bool) -> str:
    """MathML for ``latex``; the LaTeX is kept as ``alttext`` for copying and indexing.

    Examples
    --------
    >>> to_mathml("a^2", display=False)[:30]
    '<math alttext="a^2" xmlns="htt'
    """
    from latex2mathml.converter import convert

    mathml = convert(latex.strip(), display="block" if display else "inline")
    alt = latex.strip().replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return mathml.replace("<math ", f'<math alttext="{alt}" ', 1)


def visit_math(self: Any, node: nodes.Element) -> None:
    """Inline math (``$...$``)."""
    self.body.append(f'<span class="math">{to_mathml(node.astext(), display=False)}</span>')
    raise nodes.SkipNode


def visit_math_block(self: Any, node: nodes.Element) -> None:
    """Display math (``$$...$$``), with its equation number if it has one.

    A long formula scrolls sideways in its own box on a phone; the box takes keyboard focus
    (``tabindex``) so it can be scrolled without a mouse.
    """
    number = node.get("number")
    label = f'<span class="eqno">({number})</span>' if number else ""
    ids = f' id="{node["ids"][0]}"' if node.get("ids") else ""
    box = 'class="math" tabindex="0" role="group" aria-label="Formule"'
    self.body.append(f"<div {box}{ids}>{label}{to_mathml(node.astext(), display=True)}</div>\n")
    raise nodes.SkipNode


def register(app: Any) -> None:
    """Register the renderer (``html_math_renderer: mathml`` chooses it)."""
    app.add_html_math_renderer(RENDERER, (visit_math, None), (visit_math_block, None))
