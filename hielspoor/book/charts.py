"""Stored Vega-Lite charts in the book: SVG drawn at build time, made interactive by vega.

A stored ``application/vnd.vegalite.v5+json`` output becomes::

    <div class="vl-chart" id=... role="img" aria-label=...>
      <div class="vl-static"> <svg wide> <svg narrow> </div>   (readable without JavaScript)
    </div>
    <script type="application/json" data-vl-for=id>{"spec": Vega, "narrow": ...}</script>

``vl-convert`` (offline, in Python) draws both SVGs and compiles the Vega-Lite spec to Vega,
so the page needs only the vega runtime (``book/_assets/vl-init.js`` swaps the static picture
for a live view of the same size). "narrow" is the same chart for a phone: views at most
``NARROW_VIEW_PX`` wide, side-by-side views stacked, legends below.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import re
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes

from hielspoor.display import NARROW_LAYOUT_KEY, VEGA_LITE_MIME

MIME = VEGA_LITE_MIME
CHART_MARKER = 'class="vl-chart"'
VEGA_LITE_VERSION = "5.20"  # the vendored vega-lite; vl-convert compiles with the same
NARROW_VIEW_PX = 250  # a view plus its axis fits a 360 px phone (article 328 px wide)
NARROW_TARGET_PX = 300  # the browser measures text up to ~10 % wider than vl-convert
PHONE_CONTENT_PX = 328  # a 360 px phone's article
TEXT_ROOM = 0.12  # a phone's font may draw a text this much wider than vl-convert measured
MIN_VIEW_PX = 140  # narrower views are not readable; the picture is scaled instead
NARROW_PICTURE_MAX_CHARS = 200_000  # larger narrow pictures are left out (bytes, DOM size)
PICTURE_FOLDER = "charts"  # under _static in the built book
Pictures = tuple[Path, str]  # (folder to write the SVG files to, their URL prefix)
VALUES_REF = "@hs-values:"  # a dataset stored once in the payload's "values"
# Characters that must not appear raw in JSON inside <script>: "</script>", "<!--" and
# "<script" change how the HTML parser reads the rest of the page; U+2028/2029 end a line.
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028"}
_SCRIPT_UNSAFE["\u2029"] = "\\u2029"
_SVG_ID = re.compile(r'\b(id)="([^"]+)"')
_SVG_URL = re.compile(r"url\(#([^)]+)\)")
_SVG_SIZE = re.compile(r'<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"')


def json_for_script(value: Any) -> str:
    r"""Return JSON that is safe inside ``<script type="application/json">``.

    ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\uXXXX`` escapes, which
    ``JSON.parse`` reads back as the same characters.

    Examples
    --------
    >>> json_for_script({"note": "<!-- <script>"})
    '{"note": "\\u003c!-- \\u003cscript\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "".join(_SCRIPT_UNSAFE.get(char, char) for char in text)


def html_attribute(text: str) -> str:
    """``text`` escaped for a double-quoted HTML attribute."""
    return (
        text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    )


def _is_input(bind: Any) -> bool:
    """Whether a parameter's ``bind`` makes a form control (not "scales" or "legend")."""
    return isinstance(bind, dict) and "input" in bind


def _is_single_view(spec: dict[str, Any]) -> bool:
    composite = ("hconcat", "vconcat", "concat", "facet", "repeat")
    return not any(key in spec for key in composite)


def own_narrow_layout(spec: dict[str, Any]) -> dict[str, Any] | None:
    """Return the chart's own phone layout (``hielspoor.charts.phone``) with its data, or None."""
    layout = (spec.get("usermeta") or {}).get(NARROW_LAYOUT_KEY)
    if not isinstance(layout, dict):
        return None
    narrow = copy.deepcopy(layout)
    datasets = {**spec.get("datasets", {}), **narrow.get("datasets", {})}
    if datasets:
        narrow["datasets"] = datasets
    for key in ("$schema", "config"):
        if key in spec:
            narrow.setdefault(key, copy.deepcopy(spec[key]))
    return narrow


def without_narrow_layout(spec: dict[str, Any]) -> dict[str, Any]:
    """Return ``spec`` without its own phone layout (Vega-Lite would copy it into Vega)."""
    usermeta = spec.get("usermeta")
    if not isinstance(usermeta, dict) or NARROW_LAYOUT_KEY not in usermeta:
        return spec
    wide = dict(spec)
    rest = {key: value for key, value in usermeta.items() if key != NARROW_LAYOUT_KEY}
    if rest:
        wide["usermeta"] = rest
    else:
        del wide["usermeta"]
    return wide


def narrow_spec(spec: dict[str, Any], *, view_px: int = NARROW_VIEW_PX) -> dict[str, Any]:
    """Lay the same Vega-Lite chart out for a phone (views ``view_px`` wide).

    A chart's own phone layout (:func:`own_narrow_layout`) is used as it is. Otherwise
    side-by-side views (``hconcat``) are stacked, numeric view widths are capped and
    legends go below the plot, one entry per line.
    """
    own = own_narrow_layout(spec)
    if own is not None:
        return own
    narrow = copy.deepcopy(spec)
    if "hconcat" in narrow:
        narrow["vconcat"] = narrow.pop("hconcat")

    def cap(view: dict[str, Any]) -> None:
        width = view.get("width")
        if isinstance(width, int | float) and width > view_px or width == "container":
            view["width"] = view_px
        elif width is None and ("mark" in view or "layer" in view):
            view["width"] = view_px
        for key in ("vconcat", "concat"):
            for child in view.get(key, []):
                cap(child)

    cap(narrow)
    config = narrow.setdefault("config", {})
    config.setdefault("legend", {}).update(orient="bottom", direction="vertical")
    return narrow


def live_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Return the spec of the live chart: a single view takes its container's width."""
    if not _is_single_view(spec):
        return spec
    live = copy.deepcopy(spec)
    live["width"] = "container"
    live.setdefault("autosize", {"type": "fit-x", "contains": "padding"})
    return live


@functools.lru_cache(maxsize=256)
def _convert(spec_json: str, options_json: str) -> tuple[str, str, dict, dict]:
    """(wide SVG, narrow SVG, live Vega, narrow Vega) for one spec (cached per build)."""
    import vl_convert

    stored, options = json.loads(spec_json), json.loads(options_json)
    spec = without_narrow_layout(stored)
    locales = {
        "format_locale": options.get("formatLocale"),
        "time_format_locale": options.get("timeFormatLocale"),
    }
    wide_svg = vl_convert.vegalite_to_svg(spec, vl_version=VEGA_LITE_VERSION, **locales)
    narrow = narrow_spec(stored)
    narrow_svg = vl_convert.vegalite_to_svg(narrow, vl_version=VEGA_LITE_VERSION, **locales)
    excess = _svg_width(narrow_svg) - NARROW_TARGET_PX
    if excess > 0 and own_narrow_layout(stored) is None:  # labels or texts take room: give
        # the views less (a chart's own phone layout is drawn as it is)
        narrow = narrow_spec(spec, view_px=max(MIN_VIEW_PX, NARROW_VIEW_PX - round(excess)))
        narrow_svg = vl_convert.vegalite_to_svg(narrow, vl_version=VEGA_LITE_VERSION, **locales)
    live = vl_convert.vegalite_to_vega(live_spec(spec), vl_version=VEGA_LITE_VERSION)
    live_narrow = vl_convert.vegalite_to_vega(narrow, vl_version=VEGA_LITE_VERSION)
    return wide_svg, narrow_svg, live, live_narrow


def with_text_room(svg: str, *, max_px: float = PHONE_CONTENT_PX) -> str:
    """Return the SVG with room on its right: :data:`TEXT_ROOM` of its width, up to ``max_px``.

    A picture is laid out by vl-convert but its text is drawn by the reader's browser, in
    the reader's font; a wider font (DejaVu Sans is ~13 % wider than vl-convert's) would be
    cut off at the picture's edge. The background is widened with it.
    """
    match = _SVG_SIZE.search(svg)
    if not match:
        return svg
    width = float(match.group(1))
    wider = max(width, min(max_px, round(width * (1 + TEXT_ROOM))))
    if wider == width:
        return svg
    old, new = f"{width:g}", f"{wider:g}"
    head, body = svg[: match.end()], svg[match.end() :]
    head = head.replace(f'width="{old}"', f'width="{new}"', 1)
    body = body.replace(f'viewBox="0 0 {old} ', f'viewBox="0 0 {new} ', 1)
    body = body.replace(f'<rect width="{old}"', f'<rect width="{new}"', 1)
    return head + body


def _svg_width(svg: str) -> float:
    match = _SVG_SIZE.search(svg)
    return float(match.group(1)) if match else 0.0


def _static_svg(svg: str, variant: str, prefix: str) -> tuple[str, float, float]:
    """Mark the SVG with its variant, make its ids unique; return it, its width and height."""
    match = _SVG_SIZE.search(svg)
    width, height = (float(match.group(1)), float(match.group(2))) if match else (0.0, 0.0)
    svg = svg[svg.index("<svg") :]
    svg = _SVG_ID.sub(lambda m: f'{m.group(1)}="{prefix}-{m.group(2)}"', svg)
    svg = _SVG_URL.sub(lambda m: f"url(#{prefix}-{m.group(1)})", svg)
    svg = svg.replace("<svg ", f'<svg aria-hidden="true" focusable="false" data-vl-{variant} ', 1)
    return svg, width, height


def _share_values(vega: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """``vega`` with each inline dataset replaced by a key into ``values`` (stored once).

    The live and the narrow spec hold the same data; vl-init.js puts it back.
    """
    vega = copy.copy(vega)
    vega["data"] = [dict(entry) for entry in vega.get("data", [])]
    for entry in vega["data"]:
        if isinstance(entry.get("values"), list) and entry["values"]:
            key = hashlib.sha1(json.dumps(entry["values"], sort_keys=True).encode()).hexdigest()
            values[key[:12]] = entry["values"]
            entry["values"] = VALUES_REF + key[:12]
    return vega


def vega_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Compile a Vega-Lite spec to the Vega spec the book's vega runtime draws.

    For a page's own script (e.g. the diary): put the result in a
    ``<script type="application/json">`` with :func:`json_for_script`, load vega with
    ``hielspoorVega()`` (see ``book/_assets/vl-init.js``) and insert data by dataset name
    (``view.data("name", rows)``).
    """
    import vl_convert

    return vl_convert.vegalite_to_vega(spec, vl_version=VEGA_LITE_VERSION)


def _picture(svg: str, variant: str, chart_id: str, pictures: Pictures) -> str:
    """Write the SVG to a file in ``pictures``; return the ``<img>`` that shows it."""
    folder, url = pictures
    name = f"{chart_id}-{variant}.svg"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(svg, encoding="utf-8")
    width, height = _SVG_SIZE.search(svg).groups()
    return (
        f'<img src="{url}{name}" alt="" data-vl-{variant} width="{width}" height="{height}" '
        'decoding="async" loading="lazy">'
    )


def chart_html(
    spec: dict[str, Any], embed_options: dict[str, Any], *, pictures: Pictures | None = None
) -> str:
    """Return the HTML that stands for one chart: static pictures plus the live spec as JSON.

    The id is derived from the spec, so the same notebook always gives the same page.
    Every text from the spec is escaped for where it lands (attribute, SVG, JSON in script).
    ``pictures`` = (folder, URL prefix): the pictures go to SVG files there, loaded as
    ``<img>`` (one element instead of thousands, and not part of the page's HTML); without it
    they are inline SVG.
    """
    spec_json = json.dumps(spec, sort_keys=True, ensure_ascii=False)
    options_json = json.dumps(embed_options, sort_keys=True, ensure_ascii=False)
    chart_id = "vl-" + hashlib.sha1(spec_json.encode("utf-8")).hexdigest()[:12]
    label = html_attribute(str(spec.get("description") or "Grafiek"))
    wide_svg, narrow_svg, live, live_narrow = _convert(spec_json, options_json)
    narrow_svg = with_text_room(narrow_svg)
    wide, wide_px, wide_height = _static_svg(wide_svg, "wide", f"{chart_id}-w")
    narrow, narrow_px, _ = _static_svg(narrow_svg, "narrow", f"{chart_id}-n")
    if len(narrow) > NARROW_PICTURE_MAX_CHARS:  # a phone scales the wide picture instead
        narrow = ""
    if pictures is not None:  # files hold vl-convert's own SVG (XML: no bare attributes)
        wide = _picture(wide_svg[wide_svg.index("<svg") :], "wide", chart_id, pictures)
        narrow = narrow and _picture(
            narrow_svg[narrow_svg.index("<svg") :], "narrow", chart_id, pictures
        )
    bindings = sum(1 for param in spec.get("params", []) if _is_input(param.get("bind")))
    values: dict[str, Any] = {}
    live, live_narrow = _share_values(live, values), _share_values(live_narrow, values)
    payload = {"spec": live, "narrow": live_narrow, "opt": embed_options, "values": values}
    payload["size"] = {"wide": wide_px, "narrow": narrow_px, "height": wide_height}
    payload["size"]["narrowPicture"] = bool(narrow)
    style = f"--vl-wide-px:{wide_px:g}px;--vl-bind-rows:{bindings}"
    # The narrow picture shows when the chart's box is narrower than the wide one: the same
    # rule by which vl-init.js picks the live layout, so nothing jumps when vega takes over.
    query = (
        f"<style>@container (max-width: {wide_px - 0.5:g}px) {{ #{chart_id} .vl-two "
        f"[data-vl-wide] {{ display: none }} #{chart_id} .vl-two [data-vl-narrow] "
        "{ display: block } }</style>"
        if narrow
        else ""
    )
    return (
        f'<div class="vl-chart" id="{chart_id}" role="img" aria-label="{label}" '
        f'style="{style}"><div class="vl-static{" vl-two" if narrow else ""}">{wide}{narrow}</div>'
        f"{'<div class=vl-bind-space></div>' if bindings else ''}</div>{query}\n"
        f'<script type="application/json" data-vl-for="{chart_id}">'
        f"{json_for_script(payload)}</script>"
    )


class VegaLiteRenderer:
    """myst-nb plugin: render stored Vega-Lite 5 outputs as self-hosted charts."""

    mime_priority_overrides: ClassVar[list[tuple[str, str, int | None]]] = [
        ("html", MIME, 5),
        ("dirhtml", MIME, 5),
        ("singlehtml", MIME, 5),
    ]

    @staticmethod
    def handle_mime(renderer: Any, data: Any, inline: bool) -> list[nodes.Element] | None:
        """Return a raw HTML node for a Vega-Lite output, or ``None`` for other outputs."""
        if inline or data.mime_type != MIME:
            return None
        spec = data.content if isinstance(data.content, dict) else json.loads(data.string)
        options = (data.output_metadata or {}).get(MIME, {}).get("embed_options", {})
        html = chart_html(spec, options, pictures=_pictures_for(renderer))
        return [nodes.raw("", html, format="html")]


def _pictures_for(renderer: Any) -> Pictures | None:
    """Where a Sphinx HTML build keeps chart pictures: (``_static/charts``, URL from the page)."""
    env = getattr(getattr(renderer, "renderer", None), "sphinx_env", None)
    if env is None or getattr(env.app.builder, "format", "") != "html":
        return None
    depth = env.docname.count("/")
    return Path(
        env.app.outdir
    ) / "_static" / PICTURE_FOLDER, "../" * depth + f"_static/{PICTURE_FOLDER}/"
