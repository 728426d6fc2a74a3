"""Wait for what a test needs to see, never for a fixed time."""

from __future__ import annotations

CHANGED = "([element, before]) => element.innerHTML !== before"
# No code cell of the open notebook is queued or running (its prompt would show "[*]:").
ALL_CELLS_RUN = (
    "() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
    " return !!w && [...w.node.querySelectorAll('.jp-InputPrompt')]"
    ".every(p => !p.textContent.includes('*')); }"
)
KERNEL_IDLE = (
    "() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
    " const k = w && w.sessionContext && w.sessionContext.session"
    " && w.sessionContext.session.kernel; return !!k && k.status === 'idle'; }"
)


def wait_until_changed(locator, before: str, *, timeout_ms: int = 10_000) -> str:
    """Wait until ``locator``'s inner HTML differs from ``before``; return the new HTML.

    A chart redraws its SVG when a slider or select changes; waiting for that change is
    as fast as the page and never flaky, unlike a fixed pause.
    """
    handle = locator.element_handle()
    locator.page.wait_for_function(CHANGED, arg=[handle, before], timeout=timeout_ms)
    return locator.inner_html()
