"""ipywidgets user interfaces for JupyterLab; each calls the models in the package."""
