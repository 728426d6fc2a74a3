"""Sphinx's Dutch search, with the stemmer its JavaScript (dutch-stemmer.js) uses."""

from __future__ import annotations


def dutch_search_language() -> type:
    """Sphinx's Dutch search language, stemming like the browser side.

    snowballstemmer 3 renamed the old Dutch stemmer to ``dutch_porter`` and made ``dutch``
    a new algorithm, while Sphinx 7.4's browser side still stems with the old one: the index
    held "hielspoor" and the browser searched "hielspor", so a search found nothing.
    """
    import snowballstemmer
    from sphinx.search.nl import SearchDutch

    algorithm = "dutch_porter" if "dutch_porter" in snowballstemmer.algorithms() else "dutch"

    class SearchDutchLikeTheBrowser(SearchDutch):
        def init(self, options: dict[str, str]) -> None:
            self.stemmer = snowballstemmer.stemmer(algorithm)

    return SearchDutchLikeTheBrowser
