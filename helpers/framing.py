"""Framing, put together: the Russia–US–China triangle, the outlet layer, Entman's functions.

Notebook 04 compares the three analysts on every dimension at once. The functions here turn the
fully coded sentence table (:func:`helpers.pipeline.code_sentences`) into the small tables that
comparison needs; each is a group-by, and each documents its rule so a reader can check it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
import yaml

from helpers.actors import DYADS, PRINCIPALS, find_actors
from helpers.measures import N_BOOT, SEED
from helpers.paths import DATA_DIR
from helpers.stats import bootstrap_share_ci


def triangle_edges(analyst: pd.DataFrame) -> pd.DataFrame:
    """One row per author and dyad: how much of the author's text concerns the pair and how.

    ``share`` is the share of the author's sentences that reference both countries;
    ``cooperation`` and ``confrontation`` count those sentences carrying each frame; ``balance``
    is (cooperation − confrontation) / (cooperation + confrontation), NaN when neither frame is
    present; ``tone`` is their mean relation-tone score. ``nodes`` shares are in
    :func:`triangle_nodes`.
    """
    rows = []
    for author, g in analyst.groupby("author", sort=True):
        for name, (a, b) in DYADS.items():
            pair = g[g[f"actor_{a}"] & g[f"actor_{b}"]]
            coop = int(pair["theme_cooperation"].sum())
            conf = int(pair["theme_confrontation"].sum())
            rows.append(
                {
                    "author": author,
                    "dyad": name,
                    "sentences": len(pair),
                    "share": len(pair) / len(g),
                    "cooperation": coop,
                    "confrontation": conf,
                    "balance": (coop - conf) / (coop + conf) if coop + conf else float("nan"),
                    "tone": float(pair["tone_score"].mean()) if len(pair) else float("nan"),
                    "negative_tone": float((pair["tone"] == "negative").mean()) if len(pair) else float("nan"),
                }
            )
    return pd.DataFrame(rows)


def triangle_nodes(analyst: pd.DataFrame) -> pd.DataFrame:
    """Share of each author's sentences referencing RU, US and CN."""
    rows = [
        {"author": author, "actor": actor, "share": float(g[f"actor_{actor}"].mean())}
        for author, g in analyst.groupby("author", sort=True)
        for actor in PRINCIPALS
    ]
    return pd.DataFrame(rows)


def frame_balance_by_dyad(analyst: pd.DataFrame) -> pd.DataFrame:
    """Within each author's sentences on a dyad: the share carrying each frame, with 95% intervals."""
    rows = []
    for author, g in analyst.groupby("author", sort=True):
        for name, (a, b) in DYADS.items():
            pair = g[g[f"actor_{a}"] & g[f"actor_{b}"]]
            for frame in ("cooperation", "confrontation"):
                flags = pair[f"theme_{frame}"].to_numpy(dtype=bool)
                if len(flags):
                    ci = bootstrap_share_ci(flags, n_boot=N_BOOT, seed=SEED)
                    est, low, high = ci.estimate, ci.low, ci.high
                else:
                    est = low = high = float("nan")
                rows.append({"author": author, "dyad": name, "frame": frame, "sentences": len(flags),
                             "count": int(flags.sum()), "share": est, "low": low, "high": high})
    return pd.DataFrame(rows)


def speaker_countries(table: pd.DataFrame) -> pd.DataFrame:
    """Other sources quoted in the articles, with the country each speaks for (from their title or name)."""
    others = table[table["voice"] == "other_source"]
    rows = []
    for (author, speaker), g in others.groupby(["author", "speaker"], sort=True):
        countries = sorted(find_actors(speaker) & set(PRINCIPALS))
        rows.append({"author": author, "speaker": speaker, "country": ";".join(countries) or "none named",
                     "sentences": len(g)})
    return pd.DataFrame(rows, columns=["author", "speaker", "country", "sentences"])


#: The outlet layer: what the outlet puts around the analyst's words.
OUTLET_LAYERS: dict[str, str] = {
    "headline": "headline",
    "lead": "lead",
    "caption": "captions",
    "related": "related links",
}


def outlet_layer(table: pd.DataFrame) -> pd.DataFrame:
    """One row per author and layer (headline, lead, captions, related links, the outlet's own
    narrative in the body, the analyst's own words): sentences, cooperation and confrontation
    shares, share of negative and positive relation tone, mean tone score."""
    def layer(row: pd.Series) -> str | None:
        if row["segment"] in OUTLET_LAYERS:
            return OUTLET_LAYERS[row["segment"]]
        if row["segment"] == "body" and row["voice"] == "outlet":
            return "reporter's narrative"
        if row["voice"] == "expert":
            return "analyst's own words"
        return None

    labelled = table.assign(layer=table.apply(layer, axis=1)).dropna(subset=["layer"])
    order = [*OUTLET_LAYERS.values(), "reporter's narrative", "analyst's own words"]
    rows = []
    for (author, name), g in labelled.groupby(["author", "layer"], sort=True):
        rows.append({"author": author, "layer": name, "sentences": len(g),
                     "cooperation": float(g["theme_cooperation"].mean()),
                     "confrontation": float(g["theme_confrontation"].mean()),
                     "positive_tone": float((g["tone"] == "positive").mean()),
                     "negative_tone": float((g["tone"] == "negative").mean()),
                     "tone_score": float(g["tone_score"].mean()),
                     "text": " / ".join(g["text"].head(2)) if name in ("headline", "lead") else ""})
    out = pd.DataFrame(rows)
    out["layer"] = pd.Categorical(out["layer"], categories=order, ordered=True)
    return out.sort_values(["author", "layer"], ignore_index=True)


@lru_cache(maxsize=1)
def entman_rules() -> dict[str, object]:
    """The committed rules for Entman's four functions (``helpers/data/entman_rules.yml``)."""
    return yaml.safe_load((DATA_DIR / "entman_rules.yml").read_text(encoding="utf-8"))


def entman_quotes(analyst: pd.DataFrame) -> pd.DataFrame:
    """For each author and framing function, the sentences its rule selects, cited as doc/sentence."""
    rules = entman_rules()
    rows = []
    for author, g in analyst.groupby("author", sort=True):
        for fn in rules["functions"]:
            pick = g
            if "themes_any" in fn:
                pick = pick[pick[[f"theme_{t}" for t in fn["themes_any"]]].any(axis=1)]
            if "tone" in fn:
                pick = pick[pick["tone"].isin(fn["tone"])]
            if "pattern" in fn:
                pick = pick[pick["text"].str.contains(fn["pattern"], flags=re.IGNORECASE, regex=True)]
            if "min_subjectivity" in fn:
                pick = pick[pick["subjectivity"] >= fn["min_subjectivity"]]
            rank = fn["rank"]
            if rank == "tone_score":
                pick = pick.sort_values(["tone_score", "sentence"])
            elif rank == "-tone_score":
                pick = pick.sort_values(["tone_score", "sentence"], ascending=[False, True])
            elif rank == "subjectivity":
                pick = pick.sort_values(["subjectivity", "sentence"], ascending=[False, True])
            elif rank == "-position":
                pick = pick.sort_values("sentence", ascending=False)
            else:
                pick = pick.sort_values("sentence")
            for rec in pick.head(int(rules["quote"])).itertuples(index=False):
                rows.append({"author": author, "function": fn["label"], "ref": f"{rec.doc_id[:3]}/{rec.sentence}",
                             "sentence": rec.text})
            if pick.empty:
                rows.append({"author": author, "function": fn["label"], "ref": "",
                             "sentence": "(no sentence meets the rule)"})
    return pd.DataFrame(rows, columns=["author", "function", "ref", "sentence"])


#: The exported table's columns and what each means (the data dictionary).
DATA_DICTIONARY: dict[str, str] = {
    "doc_id": "text file stem in seeds/ (000_…, 002_…, 004_…)",
    "author": "the featured analyst of the article",
    "outlet": "the outlet whose page the text is (from seeds/catalog.yml)",
    "paragraph": "paragraph number within the page, from 1",
    "sentence": "sentence number within the page, from 1 (furniture lines count as one)",
    "line": "line of the raw text file where the paragraph starts",
    "segment": "headline, lead, body (the article); caption, related, navigation (page furniture); comment",
    "voice": "who speaks: outlet, expert (the analyst), interviewer, other_source, reader",
    "speaker": "the name or description of who speaks",
    "n_words": "number of words (letters or digits; inner hyphens and apostrophes kept)",
    "themes": "codebook themes the dictionary codes, ';'-separated (helpers/codebook.yml)",
    "actors": "countries and blocs referenced, ';'-separated ids (RU, US, CN, EU, IN, JP, UA, KP, NATO, WEST)",
    "polarity": "TextBlob polarity, -1 (negative) to 1 (positive), default pattern analyser",
    "subjectivity": "TextBlob subjectivity, 0 (factual) to 1 (opinion)",
    "vader": "VADER compound score, -1 to 1",
    "tone": "relation tone toward the relation discussed: positive, negative, neutral (helpers/tone.py)",
    "tone_score": "sum of the relation-tone lexicon weights that fired (helpers/data/tone_lexicon.yml)",
    "comment_no": "reader-comment number on the page (comments only)",
    "commenter": "reader's name as shown (comments only)",
    "comment_time": "comment timestamp, ISO format (comments only)",
    "text": "the sentence, white space collapsed",
}


def export_table(coded: pd.DataFrame) -> pd.DataFrame:
    """The coded sentence table in the documented export layout (:data:`DATA_DICTIONARY` order)."""
    out = coded.copy()
    out["themes"] = out["themes"].map(";".join)
    out["actors"] = out["actors"].map(";".join)
    return out[list(DATA_DICTIONARY)]


def data_dictionary_markdown() -> str:
    """The data dictionary as a Markdown table."""
    lines = ["| column | meaning |", "|---|---|"]
    lines += [f"| `{c}` | {m} |" for c, m in DATA_DICTIONARY.items()]
    return "\n".join(lines)
