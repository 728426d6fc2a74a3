"""How the exercise plan looks: the printable plan table and an exercise card."""

from __future__ import annotations

import pandas as pd

from hielspoor.display.tables import Html, Markdown, table_html
from hielspoor.validation import check_range


def plan_html(plan: pd.DataFrame, *, days: int | None = None) -> Html:
    """Return the printable plan (or its first ``days`` days) as an escaped HTML table.

    Examples
    --------
    >>> import datetime as dt
    >>> from hielspoor.programme import weekly_plan
    >>> text = plan_html(weekly_plan(dt.date(2026, 3, 2)), days=2)
    >>> text.count("02-03-2026"), text.count("04-03-2026")
    (3, 0)
    """
    from hielspoor.programme import check_plan, plan_frame

    plan = check_plan(plan)
    if days is not None and not plan.empty:
        count = int(check_range(days, label="Aantal dagen", low=1, high=10_000, integer=True))
        plan = plan[plan["date"] <= plan["date"].min() + pd.Timedelta(days=count - 1)]
    return Html(table_html(plan_frame(plan), css_class="hs-plan"))


def exercise_card(exercise_id: str) -> Markdown:
    """Return one exercise from the catalogue: instructions, dose, frequency and source.

    Examples
    --------
    >>> "om de dag" in exercise_card("hielheffen")
    True
    """
    from hielspoor.programme.plan import _unknown_exercise, exercises
    from hielspoor.validation import InputError

    catalogue = exercises()
    if not isinstance(exercise_id, str) or exercise_id not in catalogue.index:
        raise InputError(_unknown_exercise(exercise_id))
    row = catalogue.loc[exercise_id]
    sources = ", ".join(f"`{key.strip()}`" for key in str(row["source"]).split(";"))
    return Markdown(
        f"**{row['name_nl']}**\n\n"
        f"- *Uitvoering:* {row['instructions_nl']}\n"
        f"- *Dosis:* {row['dose']}\n"
        f"- *Hoe vaak:* {row['frequency']}\n"
        f"- *Bron (sleutel in de bronnenlijst):* {sources}\n"
    )
