"""Vega-Lite charts (via Altair) of the analysis frames, shared by the dashboard and ``--plot``.

Every mark that stands for events carries an ``href`` field with the URL of the events behind
it; the dashboard's script follows it on click. Colours are fixed per quad class so the same
class has the same colour on every page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from dyadwatch.analysis.frames import QUAD_COLUMNS, QUAD_LABELS
from dyadwatch.errors import error

QUAD_DOMAIN = [QUAD_LABELS[i] for i in (1, 2, 3, 4)]
QUAD_RANGE = ["#4c9be8", "#1f5fa8", "#f0a04b", "#c8402f"]
WIDTH = "container"

Href = Callable[[dict[str, Any]], str]


def _base(data: pd.DataFrame | list[dict[str, Any]]) -> alt.Chart:
    frame = pd.DataFrame(data) if not isinstance(data, pd.DataFrame) else data
    return alt.Chart(frame)


def _x(n: int) -> alt.X:
    """Periods as ordered labels ("2025-08", "2025-W32"): they sort as text, and bars get full width."""
    return alt.X("label:O", title=None, axis=alt.Axis(labelAngle=-45 if n > 8 else 0, labelOverlap=True))


def quad_bars(
    frame: pd.DataFrame,
    href: Href | None = None,
    title: str = "Events by quad class",
    per_article: bool = False,
) -> alt.Chart:
    """Stacked bars: events per period split by quad class (optionally per stored article)."""
    rows = []
    for rec in frame.to_dict("records"):
        n_art = rec.get("corpus_articles") or 0
        for quad, col in QUAD_COLUMNS.items():
            count = int(rec[col] or 0)
            if not count and (quad != 1 or rec["events"]):
                continue  # one zero-height bar keeps an empty period's slot, so time gaps show
            value = round(count / n_art, 4) if per_article and n_art else count
            rows.append(
                {
                    "period": rec["period"].isoformat(),
                    "label": rec["label"],
                    "quad": QUAD_LABELS[quad],
                    "order": quad,
                    "events": count,
                    "value": value,
                    "href": href({**rec, "quad_class": quad}) if href else "",
                }
            )
    data = pd.DataFrame(rows, columns=["period", "label", "quad", "order", "events", "value", "href"])
    y_title = "Events per stored article" if per_article else "Events"
    return (
        _base(data)
        .mark_bar(cursor="pointer" if href else "default")
        .encode(
            x=_x(len(frame)),
            y=alt.Y("value:Q", title=y_title, stack="zero"),
            color=alt.Color(
                "quad:N",
                title="Quad class",
                scale=alt.Scale(domain=QUAD_DOMAIN, range=QUAD_RANGE),
                legend=alt.Legend(orient="bottom"),
            ),
            order=alt.Order("order:O"),
            tooltip=[
                alt.Tooltip("label:N", title="Period"),
                alt.Tooltip("quad:N", title="Class"),
                alt.Tooltip("events:Q", title="Events"),
                alt.Tooltip("value:Q", title=y_title),
            ],
        )
        .properties(width=WIDTH, height=220, title=title)
    )


def goldstein_line(
    frame: pd.DataFrame, href: Href | None = None, per_article: bool = False, title: str = "Goldstein score"
) -> alt.LayerChart:
    """Goldstein sum (bars would hide sign; a line with a zero rule does not) and mean per period."""
    rows = []
    for rec in frame.to_dict("records"):
        total = rec["goldstein_per_article"] if per_article else rec["goldstein_sum"]
        rows.append(
            {
                "period": rec["period"].isoformat(),
                "label": rec["label"],
                "events": int(rec["events"] or 0),
                "sum": None if pd.isna(total) else float(total),
                "mean": None
                if rec["goldstein_mean"] is None or pd.isna(rec["goldstein_mean"])
                else float(rec["goldstein_mean"]),
                "href": href(rec) if href else "",
            }
        )
    data = pd.DataFrame(rows, columns=["period", "label", "events", "sum", "mean", "href"])
    measure = "Goldstein sum per stored article" if per_article else "Goldstein sum"
    base = _base(data).encode(x=_x(len(frame)))
    tooltip = [
        alt.Tooltip("label:N", title="Period"),
        alt.Tooltip("events:Q", title="Events"),
        alt.Tooltip("sum:Q", title=measure, format=".2f"),
        alt.Tooltip("mean:Q", title="Goldstein mean", format=".2f"),
    ]
    line = base.mark_line(color="#555", strokeWidth=1.5).encode(y=alt.Y("sum:Q", title=measure))
    points = base.mark_point(
        filled=True, size=90, stroke="#333", strokeWidth=0.8, cursor="pointer" if href else "default"
    ).encode(
        y="sum:Q",
        color=alt.Color("mean:Q", title="Mean", scale=alt.Scale(scheme="redblue", domain=[-10, 10])),
        tooltip=tooltip,
    )
    zero = alt.Chart(pd.DataFrame({"y": [0]})).mark_rule(color="#999", strokeDash=[4, 3]).encode(y="y:Q")
    return alt.layer(zero, line, points).properties(width=WIDTH, height=220, title=title)


def network_matrix(edges: pd.DataFrame, href: Href | None = None, title: str = "Who acts on whom") -> alt.LayerChart:
    """Adjacency matrix of the directed network: rows act on columns; colour is the mean Goldstein."""
    data = edges.copy()
    data["href"] = [href(r) for r in edges.to_dict("records")] if href else ""
    data["goldstein_mean"] = [None if pd.isna(v) else float(v) for v in data["goldstein_mean"]]
    base = _base(data).encode(
        x=alt.X("target:N", title="Target", axis=alt.Axis(orient="top", labelAngle=0)),
        y=alt.Y("source:N", title="Source"),
    )
    cells = base.mark_rect(cursor="pointer" if href else "default", stroke="#fff").encode(
        color=alt.Color(
            "goldstein_mean:Q", title="Mean Goldstein", scale=alt.Scale(scheme="redblue", domain=[-10, 10])
        ),
        tooltip=[
            alt.Tooltip("source:N"),
            alt.Tooltip("target:N"),
            alt.Tooltip("events:Q"),
            alt.Tooltip("goldstein_mean:Q", title="Mean Goldstein", format=".2f"),
            alt.Tooltip("cooperation:Q"),
            alt.Tooltip("conflict:Q"),
        ],
    )
    labels = base.mark_text(fontSize=11, color="#111", cursor="pointer" if href else "default").encode(text="events:Q")
    n = max(1, len(set(data["source"]) | set(data["target"]))) if len(data) else 1
    side = min(640, max(180, 38 * n))
    return alt.layer(cells, labels).properties(width=side, height=side, title=title)


def sourcing_lines(frame: pd.DataFrame, title: str = "Anonymous sourcing over time") -> alt.Chart:
    """Share of anonymous sources and of quotes from them, per period."""
    rows = []
    for rec in frame.to_dict("records"):
        for key, name in (("anonymous_source_share", "Sources"), ("anonymous_quote_share", "Quotes")):
            value = rec.get(key)
            if value is not None and not pd.isna(value):
                rows.append({"period": rec["group"], "share": float(value), "of": name})
    data = pd.DataFrame(rows, columns=["period", "share", "of"])
    return (
        _base(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("period:O", title=None),
            y=alt.Y("share:Q", title="Anonymous share", axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
            color=alt.Color("of:N", title="Share of", legend=alt.Legend(orient="bottom")),
            tooltip=["period:O", "of:N", alt.Tooltip("share:Q", format=".0%")],
        )
        .properties(width=WIDTH, height=200, title=title)
    )


def spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The Vega-Lite JSON of a chart, data inlined (no URLs: the CSP allows none)."""
    with alt.data_transformers.disable_max_rows():
        return chart.to_dict(validate=False)  # validated in tests; at request time it costs ~50 ms


STATIC = Path(__file__).resolve().parents[1] / "web" / "static"


def save(chart: alt.TopLevelMixin, path: Path) -> None:
    """Write a chart as .html (self-contained, scripts inlined, works offline), .json, .png or .svg."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        path.write_text(json.dumps(spec(chart), indent=2), encoding="utf-8")
    elif suffix == ".html":
        path.write_text(standalone_html(spec(chart)), encoding="utf-8")
    elif suffix in (".png", ".svg"):
        try:
            import vl_convert as vlc
        except ImportError:
            raise error(
                "DW604",
                param="--plot",
                why="PNG and SVG need vl-convert-python (pip install vl-convert-python==1.9.0.post1); "
                ".html and .json work without it",
            ) from None
        text = json.dumps(spec(chart))
        if suffix == ".png":
            path.write_bytes(vlc.vegalite_to_png(text, scale=2))
        else:
            path.write_text(vlc.vegalite_to_svg(text), encoding="utf-8")
    else:
        raise error("DW604", param="--plot", why=f"unknown file type {suffix!r}; use .html, .png, .svg or .json")


def standalone_html(chart_spec: dict[str, Any], title: str = "dyadwatch chart") -> str:
    """One HTML file with the Vega bundles inlined, so it opens anywhere without a network."""
    from html import escape

    scripts = "\n".join(
        "<script>" + (STATIC / "vendor" / name).read_text("utf-8").replace("</script", "<\\/script") + "</script>"
        for name in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")
    )
    data = json.dumps(chart_spec).replace("</", "<\\/")
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>{scripts}</head>"
        f"<body style='font-family:sans-serif;margin:2em'><div id='chart' style='width:100%'></div>"
        f"<script>vegaEmbed('#chart', {data}, {{actions: false}});</script></body></html>"
    )
