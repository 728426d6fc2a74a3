"""The published book as a patient's own tool: diary, programme, exercise cards, report.

The pages' JavaScript (``book/_assets/hs-*.js``) does in the browser what the
package does in JupyterLab. It is fed by JSON that :mod:`hielspoor.booktools.payload`
generates from ``data/`` and the package at build time, so thresholds, labels, texts,
the chart and the schedule live in one place. :mod:`hielspoor.booktools.sphinx` is the
Sphinx extension that puts that JSON and the scripts on the pages that need them.
"""
