"""Headings and fixed phrases of the output, in every supported language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from techexec.model import GENERAL, STATED, Dataset, say

_LABELS: dict[str, tuple[str, str]] = {
    # key: (en, nl)
    "summary": ("Summary", "Samenvatting"),
    "focus": ("Focus", "Focus"),
    "audience": ("Audience", "Doelgroep"),
    "security": ("Security", "Beveiliging"),
    "responsibilities": ("Responsibilities", "Verantwoordelijkheden"),
    "background": ("Background and skills", "Achtergrond en vaardigheden"),
    "reporting": ("Reporting line", "Rapportagelijn"),
    "reports_to": ("Reports to", "Rapporteert aan"),
    "reports_to_boss": ("Reports to {boss}", "Rapporteert aan de {boss}"),  # a role's acronym: 'aan de CEO'
    "reports_to_top": (
        "Reports to nobody in the company (top of the chart)",
        "Rapporteert aan niemand in het bedrijf (bovenaan het organigram)",
    ),
    "leads": ("Leads", "Geeft leiding aan"),
    "works_with": ("Works with", "Werkt samen met"),
    "changing": ("How the role is changing", "Hoe de rol verandert"),
    "note": ("Note", "Let op"),
    "not_covered": ("Not described.", "Niet beschreven."),
    "source": ("Source", "Bron"),
    "sources": ("Sources", "Bronnen"),
    "article": ("Article", "Artikel"),
    "in_structure": ("in", "in"),
    "top": ("nobody in the company (top of the chart)", "niemand in het bedrijf (bovenaan het organigram)"),
    "top_short": ("nobody", "niemand"),
    "merged_with": ("held together with", "in één functie met de"),
    "dimension": ("Dimension", "Aspect"),
    "shared": ("Shared", "Gemeenschappelijk"),
    "differs": ("Differs", "Verschillen"),
    "nothing": ("nothing", "niets"),
    "in_short": ("In short", "In het kort"),
    "alike": ("Alike", "Overeenkomst"),
    "one_box": (
        "One person holds {roles} in the structure {structures}.",
        "In de structuur {structures} vervult één persoon de rollen van {roles}.",
    ),
    "one_box_many": (
        "One person holds {roles} in the structures {structures}.",
        "In de structuren {structures} vervult één persoon de rollen van {roles}.",
    ),
    "and": ("and", "en"),
    "varies": ("varies by structure", "verschilt per structuur"),
    "boss_count_first": ("{boss} in {n} of {total}", "{boss} in {n} van de {total}"),
    "boss_count": ("{boss} in {n}", "{boss} in {n}"),
    "in_all": ("in all {n} structures", "in alle {n} structuren"),
    "in_one": ("in the structure {name}", "in de structuur {name}"),
    "shared_only": ("Only what they share (above).", "Alleen wat ze gemeen hebben (zie boven)."),
    "compare_title": ("Comparing", "Vergelijking"),
    "dotted_lines": (
        "Dotted lines (collaboration, not reporting)",
        "Stippellijnen (samenwerking, geen rapportagelijn)",
    ),
    "other_structures": ("Other structures", "Andere structuren"),
    "use_structure": ("show one with --structure NAME", "toon er één met --structure NAAM"),
    "deeper": (
        "… {n} more boxes below, deeper than {depth} levels (see them with --format json, dot or mermaid)",
        "… nog {n} functies, dieper dan {depth} niveaus (bekijk ze met --format json, dot of mermaid)",
    ),
    "structure": ("Reporting structure", "Rapportagestructuur"),
    "roles": ("Roles", "Rollen"),
    "acronym": ("Acronym", "Afkorting"),
    "title": ("Title", "Titel"),
    "general": ("general knowledge, not from the article", "algemene kennis, niet uit het artikel"),
    "general_short": ("general knowledge", "algemene kennis"),
    "more_lines": ("and {n} more matching lines", "en nog {n} regels die passen"),
    "inferred_mark": ("inferred from the article", "afgeleid uit het artikel"),
    "sentence": ("sentence", "zin"),
    "sentences": ("sentences", "zinnen"),
    "inferred": ("inferred from", "afgeleid uit"),
    "author_view": ("in the author's view", "volgens de auteur"),
    "in_default": ("in the default structure", "in de standaardstructuur"),
    "missing": ("not stated", "niet vermeld"),
    "aliases": ("Also called", "Ook wel"),
    "ambiguity": ("Note", "Let op"),
    "name": ("Name", "Naam"),
    "description": ("Description", "Beschrijving"),
    "dotted": ("Dotted line", "Stippellijn"),
    "structure_hit": ("structure", "structuur"),
    "no_match": ("Nothing mentions {terms}.", "Geen resultaten voor {terms}."),
    "only_filler": (
        "Only question words: name what you are looking for, for example: techexec search security.",
        "Alleen vraagwoorden: noem waar u naar zoekt, bijvoorbeeld: techexec search beveiliging --lang nl.",
    ),
    "compare_hint": ("Tip: put them side by side with {command}", "Tip: zet ze naast elkaar met {command}"),
    "try_instead": ("Did you mean: {words}?", "Bedoelde u: {words}?"),
    "search_for": ("Searching for", "Zoeken naar"),
    "untranslated_note": (
        "Note: some text in {n} of your roles, structures or comparisons is not in '{lang}'; "
        "another language is shown there.",
        "Let op: bij {n} van uw rollen, structuren of vergelijkingen ontbreekt op sommige plaatsen tekst in '{lang}'; "
        "daar wordt een andere taal getoond.",
    ),
    "legend_reports": ("reports to (the box above)", "rapporteert aan (de functie erboven)"),
    "legend_works": ("works with (numbered below)", "werkt samen met (genummerd, zie hieronder)"),
    "legend_highlight": ("highlighted", "gemarkeerd"),
    "legend_general": (
        "placed here from general knowledge, not from the article",
        "hier geplaatst op basis van algemene kennis, niet uit het artikel",
    ),
    "group_business": ("business", "zakelijk"),
    "group_technology": ("technology", "technologie"),
    "group_security": ("security", "beveiliging"),
    # classifications and related roles
    "classified": ("Classified as", "Ingedeeld als"),
    "classified_nearest": ("Nearest classification", "Dichtstbijzijnde classificatie"),
    "differs_from": ("How it differs", "Het verschil"),
    "told_apart": ("How they differ", "Het verschil"),
    "related_roles": ("Related roles, not from the article", "Verwante rollen, niet uit het artikel"),
    "not_from_article": ("Not from the article.", "Niet uit het artikel."),
    "shares_acronym": (
        "In the article, and everywhere else in techexec, {acronym} is the {title}: techexec show {id}.",
        "In het artikel, en verder overal in techexec, is de {acronym} de {title}: techexec show {id}.",
    ),
    "confused_with": (
        "Often confused with the {acronym} ({title}): techexec show {id}.",
        "Wordt vaak verward met de {acronym} ({title}): techexec show {id}.",
    ),
    "see_also": (
        "Not to be confused with (not from the article): {names}.",
        "Niet te verwarren met (niet uit het artikel): {names}.",
    ),
    "esco_none": ("ESCO and ISCO-08: no occupation found", "ESCO en ISCO-08: geen beroep gevonden"),
    "nearest": ("nearest", "dichtstbijzijnd"),
    "isco_none": ("no ISCO-08 group", "geen ISCO-08-groep"),
    "onet_none": ("O*NET-SOC: no listing found", "O*NET-SOC: geen vermelding gevonden"),
    "esco_nearest": ("nearest, no exact occupation", "dichtstbijzijnd, geen exact beroep"),
    "isco_nearest": ("through the nearest ESCO occupation", "via het dichtstbijzijnde ESCO-beroep"),
    "onet_nearest": ("nearest: O*NET does not list the role", "dichtstbijzijnd: O*NET noemt de rol niet"),
    "through_title": ("closest title {titles}", "dichtstbijzijnde titel {titles}"),
    "listed_as": ("as {kinds}: {titles}", "als {kinds}: {titles}"),
    "alternate-title": ("alternate title", "alternatieve titel"),
    "reported-title": ("reported title", "gerapporteerde titel"),
    "alternate-titles": ("alternate titles", "alternatieve titels"),
    "reported-titles": ("reported titles", "gerapporteerde titels"),
    "credits": ("Credits", "Bronvermelding"),
    "credits_more": ("full credit lines: --sources", "volledige bronvermelding: --sources"),
    "licence": ("Licence", "Licentie"),
    "no_isco_match": (
        "No role is classified in ISCO-08 group {code}.",
        "Geen enkele rol is ingedeeld in ISCO-08-groep {code}.",
    ),
    "isco_heading": ("Roles in ISCO-08 group {code}", "Rollen in ISCO-08-groep {code}"),
    # enum values
    "internal": ("internal", "intern"),
    "external": ("external", "extern"),
    "both": ("internal and external", "intern en extern"),
    "owns": ("owns security", "verantwoordelijk voor beveiliging"),
    "often-owns": ("often responsible for security", "vaak verantwoordelijk voor beveiliging"),
    "supports": ("supports the security owners", "ondersteunt de beveiligingsverantwoordelijken"),
    "accountable": ("ultimately accountable", "eindverantwoordelijk"),
    "none": ("no security role", "geen rol bij beveiliging"),
}


def label(key: str, lang: str) -> str:
    """The label in `lang`; English where a language lacks it."""
    en, nl = _LABELS[key]
    return nl if lang == "nl" else en


def source_label(data: Dataset, source: str, lang: str, sentences: Sequence[int] = (), kind: str = STATED) -> str:
    """How a claim's source reads: '§ section title, sentences 3-4' (or 'inferred from § ...'), or general knowledge."""
    if source == GENERAL:
        return label("general", lang)
    if source in data.releases:
        return data.releases[source].name
    concept = data.concepts.get(source)
    if concept is not None:
        release = data.releases.get(concept.release)
        code = "" if concept.scheme == "esco" else f"{concept.code} "
        return f"{release.name if release else concept.release}: {code}{say(concept.label, lang)}"
    title = data.sections.get(source)
    text = f"\u00a7 {say(title, lang)}" if title else source
    if sentences:
        text += f", {label('sentence' if len(sentences) == 1 else 'sentences', lang)} {number_ranges(sentences)}"
    return f"{label('inferred', lang)} {text}" if kind == "inferred" else text


def number_ranges(numbers: Sequence[int]) -> str:
    """Increasing numbers as runs: [1, 3, 4, 5, 9] -> '1, 3-5, 9'."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def author_label(data: Dataset, lang: str) -> str:
    """How a claim of kind 'author' is marked: 'in the author's view (a CTO at Logz.io)'."""
    who = say(data.author, lang) if data.author else ""
    return f"{label('author_view', lang)} ({who})" if who else label("author_view", lang)


def value_label(data: Dataset, key: str, value: str | None, lang: str) -> str:
    """How a compared value reads: 'not stated', the boss's acronym, 'varies by structure', or the translated value."""
    from techexec.questions.compare import TOP, VARIES

    if value is None:
        return label("missing", lang)
    if value in (TOP, VARIES):
        return label("top" if value == TOP else "varies", lang)
    if key == "reports_to":  # a boss's id, or the ids of a merged box joined by '+'
        return box_name(data, value.split("+"))
    if key == "classified":
        if value == "none":
            return label("isco_none", lang)
        nearest = f" ({label('nearest', lang)})"
        return ", ".join(f"ISCO-08 {code.rstrip('~')}{nearest if code.endswith('~') else ''}" for code in value.split())
    return label(value, lang)


def reports_to(boss: str | None, lang: str) -> str:
    """'Reports to CEO' / 'Rapporteert aan de CEO', or the top of the chart when there is no boss."""
    return label("reports_to_top", lang) if boss is None else label("reports_to_boss", lang).format(boss=boss)


def acronym(data: Dataset, role_id: str | None) -> str:
    """How a role is named in running text: its acronym (the id itself if the data lacks the role)."""
    role = data.roles.get(role_id or "")
    return role.acronym if role else str(role_id)


def box_name(data: Dataset, role_ids: Iterable[str]) -> str:
    """How a box is named: its roles' acronyms, 'CTO + CIO' where one person holds several."""
    return " + ".join(acronym(data, r) for r in role_ids)
