"""Icons as inline SVG, so no page downloads the Font Awesome webfont (157 KB).

The theme writes icons as ``<i class="fa-solid fa-bars"></i>`` (drawn with the webfont) and
gives admonition titles a webfont glyph in CSS. After the build, :func:`inline_icons`
replaces each such element in every page by an ``<svg>`` with the same icon (the path data of
the Font Awesome Free icons that pydata-sphinx-theme ships in ``scripts/fontawesome.js``,
CC BY 4.0), and ``hielspoor-icons.css`` draws the admonition icons as CSS masks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

FAMILY_CLASSES = {"fa", "fas", "far", "fab", "fa-solid", "fa-regular", "fa-brands", "fa-classic"}
SIZE_CLASSES = {"fa-lg": "hs-icon-lg", "fa-sm": "hs-icon-sm", "fa-xs": "hs-icon-sm"}
# An empty <i> or <span> whose class names a Font Awesome icon.
_ICON_ELEMENT = re.compile(r'<(i|span)\b([^>]*?)\bclass="([^"]*\bfa-[^"]*)"([^>]*)>\s*</\1>')
# Admonition type -> icon, as pydata-sphinx-theme 0.17 assigns them.
ADMONITION_ICONS = {
    "": "bell",
    "note": "circle-info",
    "seealso": "share",
    "tip": "lightbulb",
    "hint": "lightbulb",
    "important": "circle-exclamation",
    "attention": "circle-exclamation",
    "caution": "triangle-exclamation",
    "warning": "triangle-exclamation",
    "danger": "triangle-exclamation",
    "error": "circle-xmark",
    "admonition-todo": "pencil",
}
ICONS_CSS = "hielspoor-icons.css"
THEME_CSS = "pydata-sphinx-theme.css"
_CSS_RULE = re.compile(r"(?<=[}\n])([^{}@]+)\{([^{}]*)\}")
_FA_SELECTOR = re.compile(r"^\.(fa|fab|fas|far|fa-[a-z0-9-]+)(:before|:after|::before|::after)?$")
_FA_FONT_FACE = re.compile(r"@font-face\{[^}]*font-family:\s*\"?Font Awesome[^}]*\}")


def _fontawesome_js() -> Path:
    import pydata_sphinx_theme

    theme = Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme"
    return theme / "static" / "scripts" / "fontawesome.js"


@functools.cache
def icon_paths() -> dict[str, tuple[int, int, str]]:
    """Icon name (and alias) -> (width, height, SVG path) of the Font Awesome Free icons."""
    text = _fontawesome_js().read_text(encoding="utf-8")
    entry = re.compile(r'"?([a-z0-9-]+)"?:\[(\d+),(\d+),\[([^\]]*)\],"[0-9a-f]*","(M[^"]+)"\]')
    icons: dict[str, tuple[int, int, str]] = {}
    for name, width, height, aliases, path in entry.findall(text):
        for key in [name, *re.findall(r'"([a-z0-9-]+)"', aliases)]:
            icons.setdefault(key, (int(width), int(height), path))
    return icons


def icon_svg(name: str, classes: list[str], attributes: str = "") -> str | None:
    """Inline SVG for the icon ``name`` (``None`` if unknown), with the given classes."""
    found = icon_paths().get(name)
    if not found:
        return None
    width, height, path = found
    kept = " ".join(["hs-icon", *classes])
    hidden = "" if "aria-hidden" in attributes else ' aria-hidden="true"'
    return (
        f'<svg class="{kept}"{attributes}{hidden} focusable="false" viewBox="0 0 {width} '
        f'{height}"><path d="{path}"/></svg>'
    )


def _replace(match: re.Match) -> str:
    before, classes, after = match.group(2), match.group(3).split(), match.group(4)
    names = [c[3:] for c in classes if c.startswith("fa-") and c not in FAMILY_CLASSES]
    names = [n for n in names if f"fa-{n}" not in SIZE_CLASSES and n in icon_paths()]
    if not names:
        return match.group(0)
    kept = [SIZE_CLASSES.get(c, c) for c in classes if c not in FAMILY_CLASSES]
    attributes = (before + after).rstrip()
    attributes = f" {attributes.strip()}" if attributes.strip() else ""
    return icon_svg(names[0], kept, attributes) or match.group(0)


def inline_icons(html: str) -> str:
    """Replace every webfont icon element in ``html`` by inline SVG."""
    return _ICON_ELEMENT.sub(_replace, html)


def admonition_css() -> str:
    """CSS that draws the admonition icons as masks instead of webfont glyphs."""
    rules = [
        ".admonition>.admonition-title:after,div.admonition>.admonition-title:after"
        "{content:''!important;font:inherit!important;background-color:currentColor;"
        "-webkit-mask:var(--hs-admonition-icon) center/contain no-repeat;"
        "mask:var(--hs-admonition-icon) center/contain no-repeat}"
    ]
    for kind, name in ADMONITION_ICONS.items():
        width, height, path = icon_paths()[name]
        svg = f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}'>"
        svg += f"<path d='{path}'/></svg>"
        selector = f".admonition.{kind}" if kind else ".admonition"
        rules.append(f'{selector}{{--hs-admonition-icon:url("data:image/svg+xml,{quote(svg)}")}}')
    return "\n".join(rules) + "\n"


def rewrite_pages(outdir: Path, *, also: Callable[[str], str] | None = None) -> int:
    """Inline the icons in every HTML page under ``outdir``; return the pages changed.

    Then applies ``also`` to each page, writes the icon CSS and strips the webfont from the
    theme's CSS.
    """
    changed = 0
    for page in outdir.rglob("*.html"):
        if "_static" in page.parts:
            continue
        html = page.read_text(encoding="utf-8")
        new = inline_icons(html)
        new = also(new) if also else new
        if new != html:
            page.write_text(new, encoding="utf-8")
            changed += 1
    static = outdir / "_static"
    if static.is_dir():
        (static / ICONS_CSS).write_text(admonition_css(), encoding="utf-8")
        theme_css = static / "styles" / THEME_CSS
        if theme_css.is_file():
            css = theme_css.read_text(encoding="utf-8")
            theme_css.write_text(strip_fontawesome(css), encoding="utf-8")
    return changed


def strip_fontawesome(css: str) -> str:
    """Return the theme's CSS without the Font Awesome glyph rules and @font-face (21 KB gz).

    Removes rules whose selectors are all ``.fa-*`` (pseudo-)classes and the webfont's
    ``@font-face`` blocks; every other rule stays as it is. Idempotent.
    """

    def keep(match: re.Match) -> str:
        selectors = [part.strip() for part in match.group(1).split(",")]
        return "" if all(_FA_SELECTOR.match(part) for part in selectors) else match.group(0)

    css = _CSS_RULE.sub(keep, css)
    return _FA_FONT_FACE.sub("", css)
