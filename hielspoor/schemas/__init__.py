"""Declarative pandera schemas of every data table the package reads.

- :mod:`hielspoor.schemas.parts`: column builders with Dutch messages;
- :mod:`hielspoor.schemas.evidence`: risk factors, differential diagnosis, treatments,
  stepped care, guideline grades (and their scales);
- :mod:`hielspoor.schemas.course`: load and anatomy coefficients, pain zones, exercises,
  the class cohort;
- :mod:`hielspoor.schemas.claims`: the claims register and the source passages;
- :mod:`hielspoor.schemas.index`: the data index ``datasets.csv`` and the term list;
- :mod:`hielspoor.schemas.registry`: which schema belongs to which data set, the cross-table
  keys (bibtex keys, treatment ids, data files) and :func:`~hielspoor.schemas.registry.load_table`.

Every failure is reported through the one formatter :func:`hielspoor.tables.schema_problems`
("Rij 3, kolom 'source': ..."). The diary's schema is in :mod:`hielspoor.diary.schema`.
"""
